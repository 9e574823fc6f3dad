package io.restsocial.core.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A table of rows that are used once and expire: used login states, paused logins, OAuth 1.0a
 * request tokens. Each row has a unique key, a {@code created} and an {@code expires_at} column.
 * <p>
 * The database decides who uses a row up, so that of two requests racing for one row exactly
 * one wins on any number of instances: either the {@code DELETE} that {@link #remove removes}
 * the row (for rows written when issued) or the {@code INSERT} that {@link #claim claims} its
 * key (for things issued without a row, whose key is remembered once used). Expired rows are
 * purged before a row is {@link #save saved}, or when the owner {@link #purgeExpired asks}, at
 * most once an interval, so that the table stays as small as the live rows.
 */
final class SingleUseRows {

	private final JdbcClient jdbc;

	private final String table;

	private final String keyCondition;

	private final Clock clock;

	private final Duration purgeInterval;

	private final Duration purgeMargin;

	private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

	/**
	 * Rows purged of the expired ones whenever a row is saved.
	 * @param jdbc the client of the database holding the table
	 * @param table the table
	 * @param clock the clock that judges expiry
	 * @param keyColumns the columns of the unique key
	 */
	SingleUseRows(JdbcClient jdbc, String table, Clock clock, String... keyColumns) {
		this(jdbc, table, clock, Duration.ZERO, Duration.ZERO, keyColumns);
	}

	/**
	 * Rows purged of the expired ones at most once an interval.
	 * @param jdbc the client of the database holding the table
	 * @param table the table
	 * @param clock the clock that judges expiry
	 * @param purgeInterval how long a purge waits for the previous one
	 * @param purgeMargin how long past its expiry a row is kept
	 * @param keyColumns the columns of the unique key
	 */
	SingleUseRows(JdbcClient jdbc, String table, Clock clock, Duration purgeInterval, Duration purgeMargin,
			String... keyColumns) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.notEmpty(keyColumns, "keyColumns cannot be empty");
		this.jdbc = jdbc;
		this.table = table;
		this.keyCondition = Arrays.stream(keyColumns)
			.map((column) -> column + " = ?")
			.collect(Collectors.joining(" AND "));
		this.clock = clock;
		this.purgeInterval = purgeInterval;
		this.purgeMargin = purgeMargin;
	}

	/**
	 * The clock's time.
	 * @return now
	 */
	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Purge the expired rows, then write a row.
	 * @param expiresAt when it expires
	 * @param columns the row's columns other than {@code created} and {@code expires_at},
	 * separated by commas
	 * @param values their values
	 */
	void save(Instant expiresAt, String columns, Object... values) {
		purgeExpired();
		insert(expiresAt, columns, values);
	}

	/**
	 * Write the row that marks a key used, unless another request wrote it first.
	 * @param expiresAt when the thing it marks expires
	 * @param columns the row's columns other than {@code created} and {@code expires_at},
	 * separated by commas
	 * @param values their values
	 * @return whether this call wrote it; {@code false} when the key was already used
	 */
	boolean claim(Instant expiresAt, String columns, Object... values) {
		try {
			insert(expiresAt, columns, values);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Whether a row of this key exists, expired or not.
	 * @param key the key's values
	 * @return whether it exists
	 */
	boolean exists(Object... key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + this.table + " WHERE " + this.keyCondition)
			.params(key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Read a row that has not expired, without using it up.
	 * @param <T> what a row is read as
	 * @param columns the columns to read
	 * @param mapper how a row is read
	 * @param key the key's values
	 * @return the row, or empty when there is none or it has expired
	 */
	<T> Optional<T> find(String columns, RowMapper<T> mapper, Object... key) {
		List<Object> params = new ArrayList<>(Arrays.asList(key));
		params.add(Timestamp.from(now()));
		return this.jdbc
			.sql("SELECT " + columns + " FROM " + this.table + " WHERE " + this.keyCondition + " AND expires_at > ?")
			.params(params)
			.query(mapper)
			.optional();
	}

	/**
	 * Use a row up.
	 * @param key the key's values
	 * @return whether this call removed it; {@code false} when it was gone, such as when another
	 * request won a race for it
	 */
	boolean remove(Object... key) {
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE " + this.keyCondition).params(key).update() == 1;
	}

	/**
	 * Read a row that has not expired and use it up.
	 * @param <T> what a row is read as
	 * @param columns the columns to read
	 * @param mapper how a row is read
	 * @param key the key's values
	 * @return the row, or empty when there is none, it has expired, or another request used it
	 * up first
	 */
	<T> Optional<T> consume(String columns, RowMapper<T> mapper, Object... key) {
		Optional<T> found = find(columns, mapper, key);
		// The delete decides, and removes an expired row too.
		return (remove(key) && found.isPresent()) ? found : Optional.empty();
	}

	/**
	 * Delete the rows expired for longer than the margin, unless the interval since the last
	 * purge has not passed.
	 */
	void purgeExpired() {
		Instant now = now();
		if (!this.purgeInterval.isZero()) {
			Instant due = this.nextPurge.get();
			if (now.isBefore(due) || !this.nextPurge.compareAndSet(due, now.plus(this.purgeInterval))) {
				return;
			}
		}
		this.jdbc.sql("DELETE FROM " + this.table + " WHERE expires_at < ?")
			.param(Timestamp.from(now.minus(this.purgeMargin)))
			.update();
	}

	private void insert(Instant expiresAt, String columns, Object... values) {
		List<Object> params = new ArrayList<>(Arrays.asList(values));
		params.add(Timestamp.from(now()));
		params.add(Timestamp.from(expiresAt));
		this.jdbc
			.sql("INSERT INTO " + this.table + " (" + columns + ", created, expires_at) VALUES ("
					+ String.join(", ", Collections.nCopies(params.size(), "?")) + ")")
			.params(params)
			.update();
	}

}
