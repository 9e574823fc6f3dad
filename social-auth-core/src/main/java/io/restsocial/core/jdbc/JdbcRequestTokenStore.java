package io.restsocial.core.jdbc;

import java.time.Clock;
import java.time.Duration;
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

	private final SingleUseRows rows;

	private final Duration ttl;

	/**
	 * Create the store.
	 * @param jdbc the client of the database holding {@code social_oauth1_request}
	 * @param ttl how long a request token waits for its second step
	 * @param clock the clock that judges expiry
	 */
	public JdbcRequestTokenStore(JdbcClient jdbc, Duration ttl, Clock clock) {
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		this.rows = new SingleUseRows(jdbc, "social_oauth1_request", clock, "provider", "token");
		this.ttl = ttl;
	}

	@Override
	public void save(String provider, String token, String secret, String binding) {
		this.rows.save(this.rows.now().plus(this.ttl), "provider, token, secret, binding", provider, token, secret,
				binding);
	}

	@Override
	public Optional<RequestToken> find(String provider, String token) {
		return this.rows.find("secret, binding", (rs, row) -> new RequestToken(rs.getString("secret"),
				rs.getString("binding")), provider, token);
	}

	@Override
	public boolean remove(String provider, String token) {
		// The delete decides: of two logins racing with one token, only one deletes the row.
		return this.rows.remove(provider, token);
	}

}
