package io.restsocial.core.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.restsocial.core.partial.PartialLogin;
import io.restsocial.core.partial.PartialLoginStore;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A {@link PartialLoginStore} on the {@code social_partial} table: the token is 256 random bits,
 * stored only as its SHA-256 digest; a partial login expires and is used once.
 */
public class JdbcPartialLoginStore implements PartialLoginStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final SingleUseRows rows;

	private final Duration ttl;

	/**
	 * Create the store.
	 * @param jdbc the client of the database holding {@code social_partial}
	 * @param ttl how long a paused login waits
	 * @param clock the clock that judges expiry
	 */
	public JdbcPartialLoginStore(JdbcClient jdbc, Duration ttl, Clock clock) {
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		this.rows = new SingleUseRows(jdbc, "social_partial", clock, "token_digest");
		this.ttl = ttl;
	}

	@Override
	public String save(PartialLogin login) {
		String token = Tokens.randomHex(32);
		this.rows.save(this.rows.now().plus(this.ttl), "token_digest, provider, label, data, current_user_id",
				digest(token), login.provider(), login.label(), JSON.writeValueAsString(login.response()),
				login.currentUserId());
		return token;
	}

	@Override
	public Optional<PartialLogin> consume(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		// The delete decides: of two completions racing with one token, only one deletes the row.
		return this.rows.consume("provider, label, data, current_user_id",
				(rs, row) -> new PartialLogin(rs.getString("provider"), rs.getString("label"),
						JSON.readValue(rs.getString("data"), MAP), rs.getString("current_user_id")),
				digest(token));
	}

	private static String digest(String token) {
		return Tokens.hexDigest("SHA-256", token);
	}

}
