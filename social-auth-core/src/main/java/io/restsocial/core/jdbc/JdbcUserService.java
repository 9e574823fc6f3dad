package io.restsocial.core.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.restsocial.core.user.NewUser;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.Assert;

/**
 * A {@link UserService} on the {@code social_user} table, for applications without a user table
 * of their own. Ids are {@link Long}s.
 * <p>
 * Providers' values are not bounded: the email and names are cut to their columns' sizes (254
 * and 150 characters, never inside a character) and stripped of NUL characters, which
 * PostgreSQL refuses, so that a long name logs in rather than failing. The username is not cut
 * here: the pipeline chooses one that fits and is unique ({@code GetUsernameStep}).
 * <p>
 * Whether the email is verified is kept in {@code email_verified}, and only such users are
 * found by {@link #findByVerifiedEmail(String)}.
 */
public class JdbcUserService implements UserService {

	/** The size of the {@code email} column. */
	public static final int EMAIL_LENGTH = 254;

	/** The size of the {@code username}, {@code first_name} and {@code last_name} columns. */
	public static final int NAME_LENGTH = 150;

	// Read by position (read(ResultSet, int)); JdbcSocialAccountRepository joins them in this order.
	static final String COLUMNS = "id, username, email, first_name, last_name, email_verified, is_active";

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Create the service.
	 * @param jdbc the client of the database holding {@code social_user}
	 * @param clock the clock that stamps when a user joined
	 */
	public JdbcUserService(JdbcClient jdbc, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<SocialUser> findById(String id) {
		Long key = parse(id);
		if (key == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM social_user WHERE id = ?")
			.param(key)
			.query(JdbcUserService::map)
			.optional();
	}

	@Override
	public List<SocialUser> findByEmail(String email) {
		if (email == null || email.isEmpty()) {
			return List.of();
		}
		// Two are enough to tell "one" from "more than one".
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM social_user WHERE LOWER(email) = LOWER(?) ORDER BY id"
					+ " FETCH FIRST 2 ROWS ONLY")
			.param(email)
			.query(JdbcUserService::map)
			.list();
	}

	@Override
	public List<SocialUser> findByVerifiedEmail(String email) {
		if (email == null || email.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM social_user WHERE email_verified AND LOWER(email) = LOWER(?)"
					+ " ORDER BY id FETCH FIRST 2 ROWS ONLY")
			.param(email)
			.query(JdbcUserService::map)
			.list();
	}

	@Override
	public boolean usernameExists(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_user WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public SocialUser create(NewUser user) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(this.clock.instant());
		String email = fit(user.email(), EMAIL_LENGTH);
		String firstName = fit(user.firstName(), NAME_LENGTH);
		String lastName = fit(user.lastName(), NAME_LENGTH);
		// A cut email is not the one the provider vouched for.
		boolean verified = user.emailVerified() && email.equals(user.email());
		this.jdbc
			.sql("INSERT INTO social_user (username, email, first_name, last_name, email_verified, date_joined,"
					+ " last_login) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(user.username(), email, firstName, lastName, verified, now, now)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		KnownTokens.note(this.jdbc, String.valueOf(id), null);
		return new SocialUser(id, user.username(), email, firstName, lastName, verified);
	}

	@Override
	public SocialUser update(SocialUser user) {
		String email = fit(user.email(), EMAIL_LENGTH);
		SocialUser fitted = new SocialUser(user.id(), user.username(), email, fit(user.firstName(), NAME_LENGTH),
				fit(user.lastName(), NAME_LENGTH), user.emailVerified() && email.equals(user.email()), user.active());
		this.jdbc
			.sql("UPDATE social_user SET email = ?, first_name = ?, last_name = ?, email_verified = ? WHERE id = ?")
			.params(fitted.email(), fitted.firstName(), fitted.lastName(), fitted.emailVerified(),
					parse(user.idAsString()))
			.update();
		return fitted;
	}

	/**
	 * Make a user active or inactive ({@code is_active}): an inactive user's logins are refused and
	 * its credentials no longer authenticate. Logins never change it.
	 * @param id the user's id
	 * @param active whether the user is active
	 * @return whether the user exists
	 */
	public boolean setActive(String id, boolean active) {
		Long key = parse(id);
		return key != null
				&& this.jdbc.sql("UPDATE social_user SET is_active = ? WHERE id = ?").params(active, key).update() == 1;
	}

	/**
	 * A provider's value made to fit a column: without NUL characters, and cut to the column's
	 * size without splitting a surrogate pair.
	 * @param value the value, may be {@code null}
	 * @param length the column's size in characters
	 * @return the value that fits, empty for {@code null}
	 */
	static String fit(String value, int length) {
		if (value == null) {
			return "";
		}
		String text = (value.indexOf('\0') >= 0) ? value.replace("\0", "") : value;
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static SocialUser map(ResultSet rs, int row) throws SQLException {
		return read(rs, 1);
	}

	/**
	 * Read a user from a row holding {@link #COLUMNS}, in their order, from a given column on.
	 * By position: a driver finds a column by its label through a map it builds for each result
	 * (H2's and PostgreSQL's do), work a returning login's query paid for each column (issue 9).
	 * @param rs the row
	 * @param first the position of the user's {@code id}, from 1
	 * @return the user
	 * @throws SQLException when a column cannot be read
	 */
	static SocialUser read(ResultSet rs, int first) throws SQLException {
		return new SocialUser(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
				rs.getString(first + 3), rs.getString(first + 4), rs.getBoolean(first + 5), rs.getBoolean(first + 6));
	}

	/**
	 * Whether this service reads users through a client, and so from its database.
	 * @param jdbc a client
	 * @return whether it is this service's
	 */
	boolean readsThrough(JdbcClient jdbc) {
		return this.jdbc == jdbc;
	}

	private static Long parse(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
