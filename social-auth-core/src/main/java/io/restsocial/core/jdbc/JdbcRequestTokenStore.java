package io.restsocial.core.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.restsocial.core.oauth1.RequestToken;
import io.restsocial.core.oauth1.RequestTokenStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A {@link RequestTokenStore} on the {@code social_oauth1_request} table, shared by every
 * instance: step two of a login may land on another instance than step one. The
 * {@code binding} column holds the hash of the binding of the browser that ran step one
 * ({@code NULL} for a token bound to no browser).
 */
public class JdbcRequestTokenStore implements RequestTokenStore {

	private final JdbcClient jdbc;

	private final Duration ttl;

	private final Clock clock;

	/**
	 * Create the store.
	 * @param jdbc the client of the database holding {@code social_oauth1_request}
	 * @param ttl how long a request token waits for its second step
	 * @param clock the clock that judges expiry
	 */
	public JdbcRequestTokenStore(JdbcClient jdbc, Duration ttl, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.ttl = ttl;
		this.clock = clock;
	}

	@Override
	public void save(String provider, String token, String secret, String binding) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM social_oauth1_request WHERE expires_at < ?").param(Timestamp.from(now)).update();
		this.jdbc
			.sql("INSERT INTO social_oauth1_request (provider, token, secret, binding, created, expires_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(provider, token, secret, binding, Timestamp.from(now), Timestamp.from(now.plus(this.ttl)))
			.update();
	}

	@Override
	public Optional<RequestToken> find(String provider, String token) {
		return this.jdbc
			.sql("SELECT secret, binding FROM social_oauth1_request WHERE provider = ? AND token = ? AND expires_at > ?")
			.params(provider, token, Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new RequestToken(rs.getString("secret"), rs.getString("binding")))
			.optional();
	}

	@Override
	public boolean remove(String provider, String token) {
		// The delete decides: of two logins racing with one token, only one deletes the row.
		return this.jdbc.sql("DELETE FROM social_oauth1_request WHERE provider = ? AND token = ?")
			.params(provider, token)
			.update() == 1;
	}

}
