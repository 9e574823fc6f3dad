package io.restsocial.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.util.Assert;

/**
 * The checks {@link RestSocialProperties} makes as it binds, each failing with a message that
 * names the key ({@code rest.social.jwt.secret must be ...}), so that a bad value stops the
 * start-up at the line that set it.
 */
final class PropertyChecks {

	private PropertyChecks() {
	}

	/**
	 * Require a condition of a value.
	 * @param valid whether the value meets it
	 * @param key the full property key
	 * @param requirement what the value must be, as in {@code "must be positive"}
	 */
	static void require(boolean valid, String key, String requirement) {
		Assert.isTrue(valid, () -> key + " " + requirement);
	}

	/**
	 * Require a duration longer than zero.
	 * @param key the full property key
	 * @param value the value
	 */
	static void requirePositive(String key, Duration value) {
		require(value != null && !value.isNegative() && !value.isZero(), key, "must be positive");
	}

	/**
	 * Require a duration that is unset, zero or longer.
	 * @param key the full property key
	 * @param value the value, may be {@code null}
	 */
	static void requireNotNegative(String key, Duration value) {
		require(value == null || !value.isNegative(), key, "cannot be negative");
	}

	/**
	 * Require a number above zero.
	 * @param key the full property key
	 * @param value the value
	 */
	static void requirePositive(String key, int value) {
		require(value > 0, key, "must be positive");
	}

	/**
	 * Require one word with no space, such as an {@code Authorization} scheme.
	 * @param key the full property key
	 * @param value the value
	 */
	static void requireOneWord(String key, String value) {
		require(value != null && !value.isBlank() && !value.contains(" "), key, "must be one word");
	}

	/**
	 * Require an HMAC secret of at least 256 bits, or none.
	 * @param key the full property key
	 * @param value the secret, may be {@code null}
	 * @param use what the secret is for, appended to the message, or {@code ""}
	 */
	static void requireSecret(String key, String value, String use) {
		require(value == null || value.getBytes(StandardCharsets.UTF_8).length >= 32, key,
				"must be at least 256 bits (32 bytes of UTF-8)" + use);
	}

}
