package io.restsocial.boot.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restsocial.core.error.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * The fields of a request body, JSON or form-encoded. Only the named fields are kept; others are
 * ignored. Every kept field must be a string (a number is taken as its text).
 */
final class RequestFields {

	/** Sign in with Apple's {@code user} object, kept as JSON text. */
	static final String USER = "user";

	/** The fields a login reads. */
	static final Set<String> LOGIN = Set.of("provider", "code", "redirect_uri", "oauth_token", "oauth_verifier",
			"code_verifier", "state", "id_token", "access_token", USER);

	private final Map<String, String> fields;

	private RequestFields(Map<String, String> fields) {
		this.fields = fields;
	}

	static RequestFields read(HttpServletRequest request, JsonMapper json, Set<String> names) throws IOException {
		if (isJson(request.getContentType())) {
			return new RequestFields(readJson(request, json, names));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : names) {
			String value = request.getParameter(name);
			if (value != null) {
				fields.put(name, value);
			}
		}
		return new RequestFields(fields);
	}

	/**
	 * Every string (or number) field of the body, for requests whose fields are not known in
	 * advance; objects, arrays and other values are left out.
	 */
	static Map<String, String> readAll(HttpServletRequest request, JsonMapper json) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		if (isJson(request.getContentType())) {
			JsonNode root;
			try {
				root = json.readTree(request.getInputStream());
			}
			catch (JacksonException ex) {
				throw new InvalidRequestException("The request body is not valid JSON", List.of(), null);
			}
			if (root != null && root.isObject()) {
				for (Map.Entry<String, JsonNode> field : root.properties()) {
					if (field.getValue().isString() || field.getValue().isNumber()) {
						fields.put(field.getKey(), field.getValue().asString());
					}
				}
			}
			return fields;
		}
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				fields.put(name, values[0]);
			}
		});
		return fields;
	}

	private static boolean isJson(String contentType) {
		if (!StringUtils.hasText(contentType)) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Map<String, String> readJson(HttpServletRequest request, JsonMapper json, Set<String> names)
			throws IOException {
		JsonNode root;
		try {
			root = json.readTree(request.getInputStream());
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("The request body is not valid JSON", List.of(), null);
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			return Map.of();
		}
		if (!root.isObject()) {
			throw new InvalidRequestException("The request body must be a JSON object", List.of(), null);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : names) {
			JsonNode value = root.get(name);
			if (value == null || value.isNull()) {
				continue;
			}
			if (USER.equals(name) && value.isObject()) {
				fields.put(name, value.toString());
				continue;
			}
			if (!value.isString() && !value.isNumber()) {
				throw new InvalidRequestException("'" + name + "' must be a string", name);
			}
			fields.put(name, value.asString());
		}
		return fields;
	}

	String get(String name) {
		String value = this.fields.get(name);
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
