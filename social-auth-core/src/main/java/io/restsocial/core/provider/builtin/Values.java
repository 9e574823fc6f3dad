package io.restsocial.core.provider.builtin;

import java.util.Map;

/**
 * Reads values out of provider responses without caring whether a key is absent or null.
 */
final class Values {

	private Values() {
	}

	/**
	 * The map under a key, or an empty map (Slack's {@code user}, Dropbox's {@code name}).
	 */
	static Map<?, ?> map(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value instanceof Map<?, ?> nested) ? nested : Map.of();
	}

	/**
	 * Whether the value under a key is true: a JSON {@code true}, or the string {@code "true"}
	 * (Apple and Cognito send their {@code email_verified} as a string).
	 */
	static boolean isTrue(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
	}

	static String string(Map<?, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value != null) ? String.valueOf(value) : "";
	}

}
