package io.restsocial.core.http;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
	 * Read a successful answer's JSON (or form-encoded) object, with RFC 6749's error keys.
	 * @param provider the provider name, for messages
	 * @param what what was asked for, for messages ("access token", "user info")
	 * @return the fields of the answer
	 * @see #readObject(String, String, Errors)
	 */
	public Map<String, Object> readObject(String provider, String what) {
		return readObject(provider, what, Errors.RFC_6749);
	}

	/**
	 * Read a successful answer's JSON (or form-encoded) object, turning every other answer into
	 * the exception its status calls for: a 4xx (but 429), or a 2xx body that the provider's
	 * {@link Errors} call an error, is a {@link ProviderException} (the provider refused);
	 * anything else that is not a readable object (a 3xx, a 429, a 5xx, an empty, HTML or
	 * malformed body) is a {@link ProviderUnavailableException}.
	 * @param provider the provider name, for messages
	 * @param what what was asked for, for messages ("access token", "user info")
	 * @param errors how this provider reports errors
	 * @return the fields of the answer
	 */
	public Map<String, Object> readObject(String provider, String what, Errors errors) {
		Map<String, Object> fields = ResponseParser.parseObject(this.body);
		if (this.status.is2xxSuccessful()) {
			if (fields == null) {
				throw new ProviderUnavailableException(provider,
						"Provider '" + provider + "' answered the " + what + " request with an unreadable body",
						excerpt(this.body));
			}
			if (errors.isError(fields)) {
				throw refused(provider, what, fields, errors);
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
			throw refused(provider, what, fields, errors);
		}
		throw new ProviderUnavailableException(provider,
				"Provider '" + provider + "' failed on the " + what + " request (HTTP " + this.status.value() + ")",
				(fields != null) ? text(errors, fields) : excerpt(this.body));
	}

	private ProviderException refused(String provider, String what, Map<String, Object> fields, Errors errors) {
		String text = (fields != null) ? text(errors, fields) : excerpt(this.body);
		return new ProviderException(provider, "Provider '" + provider + "' refused the " + what + " request"
				+ (this.status.is2xxSuccessful() ? "" : " (HTTP " + this.status.value() + ")"), text);
	}

	private static String text(Errors errors, Map<String, Object> fields) {
		String text = errors.text(fields);
		return (text == null || text.isBlank()) ? null : truncate(text.strip());
	}

	/**
	 * How a provider says a call failed, in the body of its answer: the seam for providers that
	 * depart from RFC 6749's {@code error} (WeChat's {@code errcode}, Facebook's error object).
	 *
	 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749, section 5.2</a>
	 */
	public interface Errors {

		/**
		 * RFC 6749's: an {@code error} key is an error; its text is {@code error},
		 * {@code error_description} and {@code message}.
		 */
		Errors RFC_6749 = of((fields) -> fields.get("error") != null, "error", "error_description", "message");

		/**
		 * Whether the fields of a successful (2xx) answer report an error.
		 * @param fields the parsed body
		 * @return whether the call failed
		 */
		boolean isError(Map<String, Object> fields);

		/**
		 * The provider's own error text, for logs and verbose errors.
		 * @param fields the parsed body
		 * @return the text, or {@code null} when the body has none
		 */
		String text(Map<String, Object> fields);

		/**
		 * Errors told by a predicate, with the text of the given keys' string values joined by
		 * {@code ": "}.
		 * @param isError whether the fields of a 2xx answer report an error
		 * @param textKeys the keys whose values make the text, in order
		 * @return the errors
		 */
		static Errors of(Predicate<Map<String, Object>> isError, String... textKeys) {
			List<String> keys = List.of(textKeys);
			return new Errors() {

				@Override
				public boolean isError(Map<String, Object> fields) {
					return isError.test(fields);
				}

				@Override
				public String text(Map<String, Object> fields) {
					StringBuilder text = new StringBuilder();
					keys.forEach((key) -> append(text, fields.get(key)));
					return text.isEmpty() ? null : text.toString();
				}

			};
		}

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
