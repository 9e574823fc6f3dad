package io.restsocial.core.provider.builtin;

import java.util.Map;

/**
 * Reads values out of provider responses without caring whether a key is absent or null.
 */
final class Values {

	private Values() {
	}

	static String string(Map<String, ?> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value != null) ? String.valueOf(value) : "";
	}

}
