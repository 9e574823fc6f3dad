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

	@Override
	public String obtain(String userId) {
		// A user that this transaction created through this client has no token to look for.
		if (!NewUsers.takeTokenless(this.jdbc, userId)) {
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
		this.jdbc.sql("DELETE FROM social_token WHERE user_id = ?").param(userId).update();
	}

}
