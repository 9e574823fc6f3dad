package io.restsocial.core.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Duration ttl;

	private final Clock clock;

	/**
	 * Create the store.
	 * @param jdbc the client of the database holding {@code social_partial}
	 * @param ttl how long a paused login waits
	 * @param clock the clock that judges expiry
	 */
	public JdbcPartialLoginStore(JdbcClient jdbc, Duration ttl, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.ttl = ttl;
		this.clock = clock;
	}

	@Override
	public String save(PartialLogin login) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM social_partial WHERE expires_at < ?").param(Timestamp.from(now)).update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.jdbc
			.sql("INSERT INTO social_partial (token_digest, provider, label, data, current_user_id, created, expires_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(digest(token), login.provider(), login.label(), JSON.writeValueAsString(login.response()),
					login.currentUserId(), Timestamp.from(now), Timestamp.from(now.plus(this.ttl)))
			.update();
		return token;
	}

	@Override
	public Optional<PartialLogin> consume(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String digest = digest(token);
		List<PartialLogin> found = this.jdbc
			.sql("SELECT provider, label, data, current_user_id FROM social_partial"
					+ " WHERE token_digest = ? AND expires_at > ?")
			.params(digest, Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new PartialLogin(rs.getString("provider"), rs.getString("label"),
					JSON.readValue(rs.getString("data"), MAP), rs.getString("current_user_id")))
			.list();
		// The delete decides: of two completions racing with one token, only one deletes the row.
		int deleted = this.jdbc.sql("DELETE FROM social_partial WHERE token_digest = ?").param(digest).update();
		return (found.isEmpty() || deleted == 0) ? Optional.empty() : Optional.of(found.get(0));
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
