package io.restsocial.core.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import io.restsocial.core.token.StoredTokenService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A {@link StoredTokenService} on the {@code social_token} table: one 256-bit random token per
 * user, as 64 hex characters. Like Django REST framework's authtoken the token itself is stored,
 * since it is handed out again on every login; for tokens stored only as a digest use opaque
 * tokens.
 */
public class JdbcStoredTokenService implements StoredTokenService {

	private static final int TOKEN_BYTES = 32;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Create the service.
	 * @param jdbc the client of the database holding {@code social_token}
	 * @param clock the clock that stamps a token's creation
	 */
	public JdbcStoredTokenService(JdbcClient jdbc, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Within a transaction, a user created through this service's client, or read with its token
	 * by a {@link JdbcSocialAccountRepository} made with this service, is not looked for again:
	 * the token read is handed out, or the first one inserted at once. A token changed in that
	 * transaction other than through this service is not seen.
	 */
	@Override
	public String obtain(String userId) {
		KnownTokens.Known known = KnownTokens.take(this.jdbc, userId);
		if (known != null && known.token() != null) {
			return known.token();
		}
		if (known == null) {
			Optional<String> existing = this.jdbc.sql("SELECT token_key FROM social_token WHERE user_id = ?")
				.param(userId)
				.query(String.class)
				.optional();
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		String token = Tokens.randomHex(TOKEN_BYTES);
		this.jdbc.sql("INSERT INTO social_token (token_key, user_id, created) VALUES (?, ?, ?)")
			.params(token, userId, Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	@Override
	public Optional<String> findUserId(String token) {
		if (!StringUtils.hasText(token) || token.length() > 2 * TOKEN_BYTES) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT user_id FROM social_token WHERE token_key = ?")
			.param(token)
			.query(String.class)
			.optional();
	}

	@Override
	public void revoke(String userId) {
		KnownTokens.forget(this.jdbc, userId);
		this.jdbc.sql("DELETE FROM social_token WHERE user_id = ?").param(userId).update();
	}

	/**
	 * Whether this service keeps its tokens through a client, and so in its database.
	 * @param jdbc a client
	 * @return whether it is this service's
	 */
	boolean storesThrough(JdbcClient jdbc) {
		return this.jdbc == jdbc;
	}

}
