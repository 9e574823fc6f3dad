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
	 * The accounts linked to a user.
	 * @param userId the string form of the user's id
	 * @return the accounts, oldest first
	 */
	List<SocialAccount> findByUserId(String userId);

	/**
	 * Link a provider's user to an application user.
	 * @param provider the provider's wire name
	 * @param uid the provider's id of the user
	 * @param userId the string form of the user's id
	 * @return the new account
	 */
	SocialAccount create(String provider, String uid, String userId);

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

}
