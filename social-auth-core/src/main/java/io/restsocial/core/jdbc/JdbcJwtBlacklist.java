package io.restsocial.core.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.restsocial.core.token.JwtBlacklist;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A {@link JwtBlacklist} on the {@code social_jwt_blacklist} table. Each addition also purges
 * the entries of tokens that have expired, so the table stays as small as the live tokens.
 */
public class JdbcJwtBlacklist implements JwtBlacklist {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Create the blacklist.
	 * @param jdbc the client of the database holding {@code social_jwt_blacklist}
	 * @param clock the clock for purging
	 */
	public JdbcJwtBlacklist(JdbcClient jdbc, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean add(String jti, Instant expiresAt) {
		Instant now = this.clock.instant();
		purgeExpired(now);
		if (contains(jti)) {
			return false;
		}
		try {
			// The primary key on jti decides between concurrent calls.
			this.jdbc.sql("INSERT INTO social_jwt_blacklist (jti, expires_at, blacklisted_at) VALUES (?, ?, ?)")
				.params(jti, Timestamp.from(expiresAt), Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Blacklisted by a concurrent call, which answered true.
			return false;
		}
	}

	@Override
	public boolean contains(String jti) {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_jwt_blacklist WHERE jti = ?")
			.param(jti)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public int purgeExpired(Instant now) {
		return this.jdbc.sql("DELETE FROM social_jwt_blacklist WHERE expires_at < ?").param(Timestamp.from(now)).update();
	}

}
