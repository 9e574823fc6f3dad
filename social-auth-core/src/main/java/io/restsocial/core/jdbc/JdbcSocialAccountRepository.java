package io.restsocial.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.Assert;

/**
 * A {@link SocialAccountRepository} on the {@code social_account} table; extra data is kept as
 * JSON text. A provider's user id longer than the {@code uid} column is refused as an unusable
 * answer ({@link ProviderUnavailableException}) rather than cut: a cut id could name another
 * user's account.
 */
public class JdbcSocialAccountRepository implements SocialAccountRepository {

	/** The size of the {@code uid} column. */
	public static final int UID_LENGTH = 255;

	private static final String COLUMNS = "id, provider, uid, user_id, extra_data, created, modified";

	// Both tables' columns in the order that map and JdbcUserService.read read them by position.
	private static final String FIND_WITH_USER = "SELECT " + qualified("a", COLUMNS) + ", "
			+ qualified("u", JdbcUserService.COLUMNS)
			+ " FROM social_account a LEFT JOIN social_user u ON u.id = CAST(a.user_id AS BIGINT)"
			+ " WHERE a.provider = ? AND a.uid = ?";

	// Where FIND_WITH_USER's user columns start: after the account's COLUMNS.
	private static final int USER_COLUMN = COLUMNS.split(", ").length + 1;

	// FIND_WITH_USER and the user's stored token, after the user's columns (social_token.user_id
	// is unique: at most one row).
	private static final String FIND_WITH_USER_AND_TOKEN = "SELECT " + qualified("a", COLUMNS) + ", "
			+ qualified("u", JdbcUserService.COLUMNS) + ", t.token_key"
			+ " FROM social_account a LEFT JOIN social_user u ON u.id = CAST(a.user_id AS BIGINT)"
			+ " LEFT JOIN social_token t ON t.user_id = a.user_id WHERE a.provider = ? AND a.uid = ?";

	// Where FIND_WITH_USER_AND_TOKEN's token column is: after the user's columns.
	private static final int TOKEN_COLUMN = USER_COLUMN + JdbcUserService.COLUMNS.split(", ").length;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean readsTokens;

	/**
	 * Create the repository.
	 * @param jdbc the client of the database holding {@code social_account}
	 * @param clock the clock that stamps when an account is created and modified
	 */
	public JdbcSocialAccountRepository(JdbcClient jdbc, Clock clock) {
		this(jdbc, clock, null);
	}

	/**
	 * Create the repository, reading each account's stored token with its user for a token
	 * service on the same client: a returning login then hands out its token without a query of
	 * its own ({@link #findWithUser}). The database then needs the {@code social_token} table.
	 * @param jdbc the client of the database holding {@code social_account}
	 * @param clock the clock that stamps when an account is created and modified
	 * @param tokens the stored tokens that logins hand out; {@code null}, or a service on another
	 * client, for none to be read
	 */
	public JdbcSocialAccountRepository(JdbcClient jdbc, Clock clock, JdbcStoredTokenService tokens) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.clock = clock;
		this.readsTokens = tokens != null && tokens.storesThrough(jdbc);
	}

	@Override
	public Optional<SocialAccount> find(String provider, String uid) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM social_account WHERE provider = ? AND uid = ?")
			.params(provider, uid)
			.query(JdbcSocialAccountRepository::map)
			.optional();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * With the {@link JdbcUserService} of the same {@link JdbcClient}, the account and its user
	 * are read with one query (one round trip per returning login less); otherwise as the
	 * interface does. When the repository was made with the {@link JdbcStoredTokenService} of
	 * that client, the same query reads the user's stored token, which that service then hands
	 * out in the same transaction without looking for it (one more).
	 */
	@Override
	public Optional<AccountWithUser> findWithUser(String provider, String uid, UserService users) {
		if (!(users instanceof JdbcUserService jdbcUsers) || !jdbcUsers.readsThrough(this.jdbc)) {
			return SocialAccountRepository.super.findWithUser(provider, uid, users);
		}
		// The JdbcUserService's ids are numbers, kept as text in social_account.user_id: the cast
		// lets the database use social_user's primary key.
		return this.jdbc.sql(this.readsTokens ? FIND_WITH_USER_AND_TOKEN : FIND_WITH_USER)
			.params(provider, uid)
			.query((rs, row) -> {
				SocialAccount account = map(rs, row);
				rs.getLong(USER_COLUMN);
				if (rs.wasNull()) {
					return new AccountWithUser(account, null);
				}
				SocialUser user = JdbcUserService.read(rs, USER_COLUMN);
				// The token is the one of the user's id as the token service writes it.
				if (this.readsTokens && account.userId().equals(user.idAsString())) {
					KnownTokens.note(this.jdbc, user.idAsString(), rs.getString(TOKEN_COLUMN));
				}
				return new AccountWithUser(account, user);
			})
			.optional();
	}

	@Override
	public List<SocialAccount> findByUserId(String userId) {
		return findByUserId(userId, "");
	}

	@Override
	public List<SocialAccount> findByUserIdForUpdate(String userId) {
		return findByUserId(userId, " FOR UPDATE");
	}

	private List<SocialAccount> findByUserId(String userId, String lock) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM social_account WHERE user_id = ? ORDER BY id" + lock)
			.param(userId)
			.query(JdbcSocialAccountRepository::map)
			.list();
	}

	@Override
	public SocialAccount create(String provider, String uid, String userId) {
		return create(provider, uid, userId, Map.of());
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * One {@code INSERT}, holding the extra data: a first login writes its new account once
	 * rather than twice (issue 9).
	 */
	@Override
	public SocialAccount create(String provider, String uid, String userId, Map<String, Object> extraData) {
		if (uid.length() > UID_LENGTH) {
			throw new ProviderUnavailableException(provider,
					"Provider '" + provider + "' answered a user id longer than " + UID_LENGTH + " characters", null);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO social_account (provider, uid, user_id, extra_data, created, modified)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(provider, uid, userId, extraData.isEmpty() ? "{}" : JSON.writeValueAsString(extraData),
					Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return new SocialAccount(keys.getKeyAs(Number.class).longValue(), provider, uid, userId,
				extraData.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraData)), now,
				now);
	}

	@Override
	public void updateExtraData(long accountId, Map<String, Object> extraData) {
		this.jdbc.sql("UPDATE social_account SET extra_data = ?, modified = ? WHERE id = ?")
			.params(JSON.writeValueAsString(extraData), Timestamp.from(this.clock.instant()), accountId)
			.update();
	}

	@Override
	public boolean delete(long accountId) {
		return this.jdbc.sql("DELETE FROM social_account WHERE id = ?").param(accountId).update() == 1;
	}

	private static String qualified(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

	// A row starting with COLUMNS, read by position as JdbcUserService.read(ResultSet, int) says why.
	private static SocialAccount map(ResultSet rs, int row) throws SQLException {
		String extra = rs.getString(5);
		return new SocialAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				(extra != null && !extra.isBlank()) ? JSON.readValue(extra, MAP) : Map.of(),
				rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
	}

}
