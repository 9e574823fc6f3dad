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
 * <p>
 * Both kinds of body are read here, through the request's stream and within
 * {@link RequestLimits#maxBodySize()}, rather than left to the servlet container's form parsing,
 * which has a limit of its own; each field is held to its {@link RequestLimits length}.
 */
final class RequestFields {

	/** Sign in with Apple's {@code user} object, kept as JSON text. */
	static final String USER = "user";

	/** The fields a login reads. */
	static final Set<String> LOGIN = Set.of("provider", "code", "redirect_uri", "oauth_token", "oauth_verifier",
			"code_verifier", "state", "id_token", "access_token", "signed_request", USER);

	private final Map<String, String> fields;

	private RequestFields(Map<String, String> fields) {
		this.fields = fields;
	}

	static RequestFields read(HttpServletRequest request, JsonMapper json, Set<String> names, RequestLimits limits)
			throws IOException {
		return read(request, json, names, limits, true);
	}

	/**
	 * The fields of the body alone, never of the query string: for tokens, which a URL would
	 * leave in access logs and proxies.
	 */
	static RequestFields readBody(HttpServletRequest request, JsonMapper json, Set<String> names,
			RequestLimits limits) throws IOException {
		return read(request, json, names, limits, false);
	}

	private static RequestFields read(HttpServletRequest request, JsonMapper json, Set<String> names,
			RequestLimits limits, boolean query) throws IOException {
		MediaType type = RequestBodies.contentType(request);
		Map<String, String> fields = new LinkedHashMap<>();
		if (RequestBodies.isJson(type)) {
			JsonNode root = readJson(request, json, limits);
			if (root != null && !root.isObject()) {
				throw new InvalidRequestException("The request body must be a JSON object", List.of(), null);
			}
			for (String name : names) {
				JsonNode value = (root != null) ? root.get(name) : null;
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
		}
		else {
			Map<String, String> form = readForm(request, type, limits, query);
			for (String name : names) {
				if (form.containsKey(name)) {
					fields.put(name, form.get(name));
				}
			}
		}
		fields.forEach(limits::check);
		return new RequestFields(fields);
	}

	/**
	 * Every string (or number) field of the body, for requests whose fields are not known in
	 * advance; objects, arrays and other values are left out.
	 */
	static Map<String, String> readAll(HttpServletRequest request, JsonMapper json, RequestLimits limits)
			throws IOException {
		MediaType type = RequestBodies.contentType(request);
		Map<String, String> fields = new LinkedHashMap<>();
		if (RequestBodies.isJson(type)) {
			JsonNode root = readJson(request, json, limits);
			if (root != null && root.isObject()) {
				for (Map.Entry<String, JsonNode> field : root.properties()) {
					if (field.getValue().isString() || field.getValue().isNumber()) {
						fields.put(field.getKey(), field.getValue().asString());
					}
				}
			}
		}
		else {
			fields.putAll(readForm(request, type, limits, true));
		}
		fields.forEach(limits::check);
		return fields;
	}

	// null for an empty body
	private static JsonNode readJson(HttpServletRequest request, JsonMapper json, RequestLimits limits)
			throws IOException {
		byte[] body = RequestBodies.read(request, limits.maxBodySize());
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("The request body is not valid JSON", List.of(), null);
		}
		return (root == null || root.isMissingNode() || root.isNull()) ? null : root;
	}

	// The first value of each field; the query string's parameters fill in what the body lacks,
	// when asked to.
	private static Map<String, String> readForm(HttpServletRequest request, MediaType type, RequestLimits limits,
			boolean query) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		if (RequestBodies.isForm(type)) {
			RequestBodies.parseForm(RequestBodies.read(request, limits.maxBodySize()), type)
				.forEach((name, values) -> fields.put(name, values.get(0)));
		}
		if (!query) {
			return fields;
		}
		// Once the body is read, the container's parameters are the query string's alone (or
		// those a filter before us parsed, through the size-limited request of RequestLimitsFilter).
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				fields.putIfAbsent(name, values[0]);
			}
		});
		return fields;
	}

	String get(String name) {
		String value = this.fields.get(name);
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
