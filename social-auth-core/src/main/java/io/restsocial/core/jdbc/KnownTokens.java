package io.restsocial.core.jdbc;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction has learnt of users' stored tokens through one {@link JdbcClient}:
 * that a user it created has none yet ({@link JdbcUserService}), or which token a user had when
 * the account's query read it with the user ({@link JdbcSocialAccountRepository}). A
 * {@link JdbcStoredTokenService} on that client then hands the user's token out, or inserts its
 * first one, without looking for it: one statement less per login (issue 9).
 * <p>
 * It is a resource of the transaction, bound when the first fact is noted, and it is suspended,
 * resumed and dropped with it, as Spring's own resources are. Outside a transaction nothing is
 * kept, and tokens are looked for as always. A fact is used once: the token service takes it, and
 * forgets it when it revokes the user's token.
 */
final class KnownTokens extends ResourceHolderSupport {

	// By the string form of the user's id: the token, or null when the user has none.
	private final Map<String, String> tokens = new HashMap<>();

	private KnownTokens() {
	}

	/**
	 * Note a user's token, or that the user has none, as the current transaction found it.
	 * @param jdbc the client that read or created the user
	 * @param userId the string form of the user's id
	 * @param token the user's token, {@code null} when the user has none
	 */
	static void note(JdbcClient jdbc, String userId, String token) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		Key key = new Key(jdbc);
		KnownTokens known = (KnownTokens) TransactionSynchronizationManager.getResource(key);
		if (known == null) {
			known = new KnownTokens();
			TransactionSynchronizationManager.bindResource(key, known);
			TransactionSynchronizationManager.registerSynchronization(new ResourceHolderSynchronization<>(known, key) {
			});
		}
		known.tokens.put(userId, token);
	}

	/**
	 * Take what the current transaction knows of a user's token through a client.
	 * @param jdbc the client of the token service
	 * @param userId the string form of the user's id
	 * @return the user's token (its {@code token} {@code null} when the user has none), or
	 * {@code null} when nothing is known
	 */
	static Known take(JdbcClient jdbc, String userId) {
		KnownTokens known = (KnownTokens) TransactionSynchronizationManager.getResource(new Key(jdbc));
		if (known == null || !known.tokens.containsKey(userId)) {
			return null;
		}
		return new Known(known.tokens.remove(userId));
	}

	/**
	 * Forget what the current transaction knows of a user's token, which has changed.
	 * @param jdbc the client of the token service
	 * @param userId the string form of the user's id
	 */
	static void forget(JdbcClient jdbc, String userId) {
		KnownTokens known = (KnownTokens) TransactionSynchronizationManager.getResource(new Key(jdbc));
		if (known != null) {
			known.tokens.remove(userId);
		}
	}

	/**
	 * A user's token as the transaction knows it.
	 *
	 * @param token the token, {@code null} when the user has none
	 */
	record Known(String token) {
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
