package io.restsocial.core.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads provider bodies: JSON objects and arrays, and the form-encoded bodies some token
 * endpoints still answer with (Facebook's older API versions, GitHub without an {@code Accept}).
 */
public final class ResponseParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
	};

	private ResponseParser() {
	}

	/**
	 * Read a body that should hold a JSON object or, failing that, form-encoded fields.
	 * @param body the body text
	 * @return the fields, or {@code null} when the body is neither
	 */
	public static Map<String, Object> parseObject(String body) {
		String text = (body != null) ? body.strip() : "";
		if (text.startsWith("{")) {
			try {
				return JSON.readValue(text, MAP);
			}
			catch (JacksonException ex) {
				return null;
			}
		}
		if (!text.isEmpty() && text.contains("=") && !text.contains("<") && !text.contains(" ")) {
			return parseForm(text);
		}
		return null;
	}

	/**
	 * Read a body that should hold a JSON array.
	 * @param body the body text
	 * @return the elements, or {@code null} when the body is not a JSON array
	 */
	public static List<Object> parseArray(String body) {
		String text = (body != null) ? body.strip() : "";
		if (!text.startsWith("[")) {
			return null;
		}
		try {
			return JSON.readValue(text, LIST);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Map<String, Object> parseForm(String text) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return fields;
	}

}
