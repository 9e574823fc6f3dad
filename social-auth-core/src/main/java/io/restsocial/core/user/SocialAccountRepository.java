package io.restsocial.core.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links between provider accounts and users; {@code (provider, uid)} is unique.
 */
public interface SocialAccountRepository {

	/**
	 * Find the account of a provider's user.
	 * @param provider the provider's wire name
	 * @param uid the provider's id of the user
	 * @return the account, or empty
	 */
	Optional<SocialAccount> find(String provider, String uid);

	/**
	 * Find the account of a provider's user together with the user it is linked to, as a login
	 * needs both. This default asks this repository, then the user service; a repository that
	 * shares its database with the user service may answer both with one query.
	 * @param provider the provider's wire name
	 * @param uid the provider's id of the user
	 * @param users the user service the account's user id refers to
	 * @return the account and its user (the user is {@code null} when no user has the account's
	 * user id), or empty when there is no such account
	 */
	default Optional<AccountWithUser> findWithUser(String provider, String uid, UserService users) {
		return find(provider, uid)
			.map((account) -> new AccountWithUser(account, users.findById(account.userId()).orElse(null)));
	}

	/**
	 * The accounts linked to a user.
	 * @param userId the string form of the user's id
	 * @return the accounts, oldest first
	 */
	List<SocialAccount> findByUserId(String userId);

	/**
	 * The accounts linked to a user, locked until the caller's transaction ends (as
	 * {@code SELECT ... FOR UPDATE} locks them): of two transactions that each remove one of a
	 * user's accounts, the second waits for the first and then sees what it left. A disconnect,
	 * which must never remove a user's last account, reads them so.
	 * <p>
	 * The default reads them as {@link #findByUserId} does, without a lock: then two disconnects
	 * at the same moment can leave a user without an account. A storage that can lock rows should
	 * override it, as the JDBC one does.
	 * @param userId the string form of the user's id
	 * @return the accounts, oldest first
	 */
	default List<SocialAccount> findByUserIdForUpdate(String userId) {
		return findByUserId(userId);
	}

	/**
	 * Link a provider's user to an application user.
	 * @param provider the provider's wire name
	 * @param uid the provider's id of the user
	 * @param userId the string form of the user's id
	 * @return the new account
	 */
	SocialAccount create(String provider, String uid, String userId);

	/**
	 * Link a provider's user to an application user, keeping what is known of the login that
	 * links it, as {@link #updateExtraData} would right after. This default creates the account,
	 * then replaces its extra data; a repository may write both at once.
	 * @param provider the provider's wire name
	 * @param uid the provider's id of the user
	 * @param userId the string form of the user's id
	 * @param extraData the data to keep
	 * @return the new account, holding {@code extraData}
	 */
	default SocialAccount create(String provider, String uid, String userId, Map<String, Object> extraData) {
		SocialAccount account = create(provider, uid, userId);
		if (extraData.isEmpty()) {
			return account;
		}
		updateExtraData(account.id(), extraData);
		return new SocialAccount(account.id(), provider, uid, userId, extraData, account.created(),
				account.modified());
	}

	/**
	 * Replace what is kept of an account's last login.
	 * @param accountId the account's id
	 * @param extraData the data to keep
	 */
	void updateExtraData(long accountId, Map<String, Object> extraData);

	/**
	 * Unlink an account.
	 * @param accountId the account's id
	 * @return whether an account was removed
	 */
	boolean delete(long accountId);

	/**
	 * An account and the user it is linked to.
	 *
	 * @param account the account
	 * @param user the user, or {@code null} when no user has the account's user id
	 */
	record AccountWithUser(SocialAccount account, SocialUser user) {

	}

}
