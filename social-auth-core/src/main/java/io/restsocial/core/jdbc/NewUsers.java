package io.restsocial.core.jdbc;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The users that the current transaction created through one {@link JdbcClient} and has made no
 * stored token for yet: a {@link JdbcStoredTokenService} on that client inserts such a user's
 * token without first looking for one, which the user cannot have (one statement less per first
 * login, issue 9). It is a resource of the transaction, bound when the first user is created, and
 * it is suspended, resumed and dropped with it, as Spring's own resources are. Outside a
 * transaction nothing is kept, and tokens are looked for as always.
 */
final class NewUsers extends ResourceHolderSupport {

	private final Set<String> ids = new HashSet<>();

	private NewUsers() {
	}

	/**
	 * Note a user that the current transaction has created.
	 * @param jdbc the client that inserted the user
	 * @param userId the string form of the user's id
	 */
	static void created(JdbcClient jdbc, String userId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		Key key = new Key(jdbc);
		NewUsers users = (NewUsers) TransactionSynchronizationManager.getResource(key);
		if (users == null) {
			users = new NewUsers();
			TransactionSynchronizationManager.bindResource(key, users);
			TransactionSynchronizationManager.registerSynchronization(new ResourceHolderSynchronization<>(users, key) {
			});
		}
		users.ids.add(userId);
	}

	/**
	 * Whether the current transaction created the user through this client and made it no token
	 * yet; the answer is {@code true} once at most, the caller then making the token.
	 * @param jdbc the client that makes the token
	 * @param userId the string form of the user's id
	 * @return whether the user can have no token yet
	 */
	static boolean takeTokenless(JdbcClient jdbc, String userId) {
		NewUsers users = (NewUsers) TransactionSynchronizationManager.getResource(new Key(jdbc));
		return users != null && users.ids.remove(userId);
	}

	// A client's resource, by the client's identity.
	private record Key(JdbcClient jdbc) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.jdbc == this.jdbc;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.jdbc);
		}

	}

}
