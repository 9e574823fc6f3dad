package io.restsocial.core.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.token.IssuedOpaqueToken;
import io.restsocial.core.token.OpaqueTokenService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * An {@link OpaqueTokenService} on the {@code social_opaque_token} table, after
 * django-rest-knox: a token is 256 random bits as 64 hex characters; only its SHA-512 digest is
 * stored, with its first {@value #KEY_LENGTH} characters as a lookup key, so that a stolen
 * table yields no usable token. Candidates found by key are compared in constant time.
 */
public class JdbcOpaqueTokenService implements OpaqueTokenService {

	/** How many leading characters of a token are stored in clear for lookup. */
	public static final int KEY_LENGTH = 15;

	private static final int TOKEN_BYTES = 32;

	private final JdbcClient jdbc;

	private final Settings settings;

	private final Clock clock;

	/**
	 * Create the service.
	 * @param jdbc the client of the database holding {@code social_opaque_token}
	 * @param settings expiry, refresh and limit settings
	 * @param clock the clock that decides expiry
	 */
	public JdbcOpaqueTokenService(JdbcClient jdbc, Settings settings, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(settings, "settings cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public IssuedOpaqueToken create(String userId) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM social_opaque_token WHERE user_id = ? AND expiry < ?")
			.params(userId, Timestamp.from(now))
			.update();
		if (this.settings.tokenLimitPerUser() != null) {
			long live = this.jdbc.sql("SELECT COUNT(*) FROM social_opaque_token WHERE user_id = ?")
				.param(userId)
				.query(Long.class)
				.single();
			if (live >= this.settings.tokenLimitPerUser()) {
				throw new AuthForbiddenException("Maximum amount of tokens allowed per user exceeded");
			}
		}
		String token = Tokens.randomHex(TOKEN_BYTES);
		Instant expiry = (this.settings.ttl() != null) ? now.plus(this.settings.ttl()) : null;
		this.jdbc
			.sql("INSERT INTO social_opaque_token (digest, token_key, user_id, created, expiry)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(digest(token), token.substring(0, KEY_LENGTH), userId, Timestamp.from(now),
					(expiry != null) ? Timestamp.from(expiry) : null)
			.update();
		return new IssuedOpaqueToken(token, expiry);
	}

	@Override
	public Optional<String> verify(String token) {
		Optional<Row> row = find(token);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Row found = row.get();
		if (found.expiry() != null && !found.expiry().isAfter(now)) {
			this.jdbc.sql("DELETE FROM social_opaque_token WHERE digest = ?").param(found.digest()).update();
			return Optional.empty();
		}
		if (this.settings.autoRefresh() && this.settings.ttl() != null && found.expiry() != null) {
			Instant renewed = now.plus(this.settings.ttl());
			if (this.settings.autoRefreshMaxTtl() != null) {
				// knox's AUTO_REFRESH_MAX_TTL: never past its creation plus this, however often used.
				Instant last = found.created().plus(this.settings.autoRefreshMaxTtl());
				renewed = renewed.isAfter(last) ? last : renewed;
			}
			// As knox does: write only when the expiry moves by more than the interval.
			if (Duration.between(found.expiry(), renewed).compareTo(this.settings.minRefreshInterval()) > 0) {
				this.jdbc.sql("UPDATE social_opaque_token SET expiry = ? WHERE digest = ?")
					.params(Timestamp.from(renewed), found.digest())
					.update();
			}
		}
		return Optional.of(found.userId());
	}

	@Override
	public Optional<String> revoke(String token) {
		Optional<String> userId = verify(token);
		userId.ifPresent((id) -> this.jdbc.sql("DELETE FROM social_opaque_token WHERE digest = ?")
			.param(digest(token))
			.update());
		return userId;
	}

	@Override
	public int revokeAll(String userId) {
		return this.jdbc.sql("DELETE FROM social_opaque_token WHERE user_id = ?").param(userId).update();
	}

	private Optional<Row> find(String token) {
		if (token == null || token.length() != 2 * TOKEN_BYTES) {
			return Optional.empty();
		}
		byte[] digest = digest(token).getBytes(StandardCharsets.US_ASCII);
		List<Row> candidates = this.jdbc
			.sql("SELECT digest, user_id, created, expiry FROM social_opaque_token WHERE token_key = ?")
			.param(token.substring(0, KEY_LENGTH))
			.query(JdbcOpaqueTokenService::map)
			.list();
		return candidates.stream()
			.filter((row) -> MessageDigest.isEqual(row.digest().getBytes(StandardCharsets.US_ASCII), digest))
			.findFirst();
	}

	/**
	 * The stored form of a token: the hex SHA-512 digest of its text.
	 * @param token the token
	 * @return the digest
	 */
	static String digest(String token) {
		return Tokens.hexDigest("SHA-512", token);
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		Timestamp expiry = rs.getTimestamp("expiry");
		return new Row(rs.getString("digest"), rs.getString("user_id"), rs.getTimestamp("created").toInstant(),
				(expiry != null) ? expiry.toInstant() : null);
	}

	private record Row(String digest, String userId, Instant created, Instant expiry) {

	}

	/**
	 * Settings of opaque tokens.
	 *
	 * @param ttl how long a token lives, or {@code null} for ever
	 * @param autoRefresh whether each use extends a token's life to a full ttl from then
	 * @param minRefreshInterval how far the expiry must move before a use writes it
	 * @param tokenLimitPerUser how many live tokens a user may hold, or {@code null} for no limit
	 * @param autoRefreshMaxTtl how long after its creation a token's auto-refreshed expiry may be
	 * (knox's {@code AUTO_REFRESH_MAX_TTL}), or {@code null} for no cap: without one, a token used
	 * often enough, a stolen one too, never expires
	 */
	public record Settings(Duration ttl, boolean autoRefresh, Duration minRefreshInterval, Integer tokenLimitPerUser,
			Duration autoRefreshMaxTtl) {

		/**
		 * Create the settings.
		 * @throws IllegalArgumentException if a value is out of range
		 */
		public Settings {
			Assert.isTrue(ttl == null || !ttl.isNegative() && !ttl.isZero(), "ttl must be positive or null");
			Assert.notNull(minRefreshInterval, "minRefreshInterval cannot be null");
			Assert.isTrue(tokenLimitPerUser == null || tokenLimitPerUser > 0, "tokenLimitPerUser must be positive");
			Assert.isTrue(autoRefreshMaxTtl == null || !autoRefreshMaxTtl.isNegative() && !autoRefreshMaxTtl.isZero(),
					"autoRefreshMaxTtl must be positive or null");
		}

		/**
		 * Create the settings, with no cap on auto-refresh.
		 * @param ttl how long a token lives, or {@code null} for ever
		 * @param autoRefresh whether each use extends a token's life to a full ttl from then
		 * @param minRefreshInterval how far the expiry must move before a use writes it
		 * @param tokenLimitPerUser how many live tokens a user may hold, or {@code null} for no limit
		 */
		public Settings(Duration ttl, boolean autoRefresh, Duration minRefreshInterval, Integer tokenLimitPerUser) {
			this(ttl, autoRefresh, minRefreshInterval, tokenLimitPerUser, null);
		}

		/**
		 * knox's defaults: 10 hours, no auto-refresh (60 s interval when on), no limit.
		 * @return the defaults
		 */
		public static Settings defaults() {
			return new Settings(Duration.ofHours(10), false, Duration.ofSeconds(60), null);
		}

	}

}
