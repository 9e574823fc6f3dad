package io.restsocial.core.http;

import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * A provider's raw answer: its status, headers and body text.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body as text, empty when there was none
 */
public record ProviderResponse(HttpStatusCode status, HttpHeaders headers, String body) {

	private static final int MAX_MESSAGE_LENGTH = 300;

	/**
	 * Read a successful answer's JSON (or form-encoded) object, turning every other answer into
	 * the exception its status calls for: a 4xx (but 429), or an {@code error} key in a 2xx body,
	 * is a {@link ProviderException} (the provider refused); anything else that is not a readable
	 * object (a 3xx, a 429, a 5xx, an empty, HTML or malformed body) is a
	 * {@link ProviderUnavailableException}.
	 * @param provider the provider name, for messages
	 * @param what what was asked for, for messages ("access token", "user info")
	 * @return the fields of the answer
	 */
	public Map<String, Object> readObject(String provider, String what) {
		Map<String, Object> fields = ResponseParser.parseObject(this.body);
		if (this.status.is2xxSuccessful()) {
			if (fields == null) {
				throw new ProviderUnavailableException(provider,
						"Provider '" + provider + "' answered the " + what + " request with an unreadable body",
						excerpt(this.body));
			}
			if (fields.get("error") != null || isErrorCode(fields.get("errcode"))) {
				throw refused(provider, what, fields);
			}
			return fields;
		}
		if (this.status.value() == 429) {
			// Too Many Requests says nothing of the code: the provider is limiting this client.
			String retryAfter = this.headers.getFirst(HttpHeaders.RETRY_AFTER);
			throw new ProviderUnavailableException(provider,
					"Provider '" + provider + "' is limiting requests (HTTP 429) on the " + what + " request",
					(retryAfter != null) ? "Retry-After: " + truncate(retryAfter.strip()) : null);
		}
		if (this.status.is4xxClientError()) {
			throw refused(provider, what, fields);
		}
		throw new ProviderUnavailableException(provider,
				"Provider '" + provider + "' failed on the " + what + " request (HTTP " + this.status.value() + ")",
				(fields != null) ? errorText(fields) : excerpt(this.body));
	}

	// WeChat-style APIs answer 200 with a non-zero errcode (and errmsg) instead of an error.
	private static boolean isErrorCode(Object errcode) {
		return errcode != null && !"0".equals(String.valueOf(errcode));
	}

	private ProviderException refused(String provider, String what, Map<String, Object> fields) {
		String text = (fields != null) ? errorText(fields) : excerpt(this.body);
		return new ProviderException(provider, "Provider '" + provider + "' refused the " + what + " request"
				+ (this.status.is2xxSuccessful() ? "" : " (HTTP " + this.status.value() + ")"), text);
	}

	/**
	 * The provider's own error text, from the keys providers use for it: {@code error} (a string,
	 * or Facebook's object with a {@code message}), {@code error_description} and {@code message}.
	 * @param fields the parsed body
	 * @return the error text, or {@code null} if none of the keys is present
	 */
	static String errorText(Map<String, Object> fields) {
		StringBuilder text = new StringBuilder();
		Object error = fields.get("error");
		if (error instanceof Map<?, ?> nested) {
			append(text, nested.get("message"));
		}
		else {
			append(text, error);
		}
		append(text, fields.get("error_description"));
		append(text, fields.get("message"));
		append(text, fields.get("errmsg"));
		return text.isEmpty() ? null : truncate(text.toString());
	}

	private static void append(StringBuilder text, Object value) {
		if (value instanceof String s && !s.isBlank()) {
			text.append(text.isEmpty() ? "" : ": ").append(s.strip());
		}
	}

	private static String excerpt(String body) {
		return (body == null || body.isBlank()) ? null : truncate(body.strip());
	}

	private static String truncate(String text) {
		return (text.length() <= MAX_MESSAGE_LENGTH) ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "...";
	}

}
