package io.restsocial.core.account;

import java.util.List;

import io.restsocial.core.error.NotAllowedToDisconnectException;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.SocialUser;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;

/**
 * A user's linked social accounts. As in python-social-auth's disconnect pipeline, the last
 * account cannot be disconnected: these users have no password to fall back on.
 */
public final class SocialAccountService {

	private final SocialAccountRepository accounts;

	private final TransactionOperations transactions;

	/**
	 * Create the service.
	 * @param accounts the social accounts
	 * @param transactions how a disconnect is made atomic
	 */
	public SocialAccountService(SocialAccountRepository accounts, TransactionOperations transactions) {
		Assert.notNull(accounts, "accounts cannot be null");
		Assert.notNull(transactions, "transactions cannot be null");
		this.accounts = accounts;
		this.transactions = transactions;
	}

	/**
	 * The accounts linked to a user.
	 * @param user the user
	 * @return the accounts, oldest first
	 */
	public List<SocialAccount> accounts(SocialUser user) {
		return this.accounts.findByUserId(user.idAsString());
	}

	/**
	 * Disconnect one of a user's accounts.
	 * @param user the user
	 * @param provider the account's provider
	 * @param accountId the account's id
	 * @return whether the user had that account (and it is now gone)
	 * @throws NotAllowedToDisconnectException when it is the user's last account
	 */
	public boolean disconnect(SocialUser user, String provider, long accountId) {
		Boolean removed = this.transactions.execute((status) -> {
			// Locked: two disconnects at once of a user's last two accounts would each see the other.
			List<SocialAccount> linked = this.accounts.findByUserIdForUpdate(user.idAsString());
			boolean owned = linked.stream()
				.anyMatch((account) -> account.id() == accountId && account.provider().equals(provider));
			if (!owned) {
				return false;
			}
			if (linked.size() == 1) {
				throw new NotAllowedToDisconnectException(provider);
			}
			return this.accounts.delete(accountId);
		});
		return Boolean.TRUE.equals(removed);
	}

}
