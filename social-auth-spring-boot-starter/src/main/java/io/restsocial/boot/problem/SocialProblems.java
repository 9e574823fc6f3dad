package io.restsocial.boot.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.AuthStoppedException;
import io.restsocial.core.error.SocialAuthException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one table of rest-social-auth's errors: each error code (see
 * {@link SocialAuthException#getCode()}) with its HTTP status, and the {@code application/problem+json}
 * body (RFC 9457) every error answer carries, wherever it is written (the endpoints' exception
 * handler, the request limits filter, the security entry points, the container's error report).
 * <p>
 * A body has the problem's {@code type} (a stable URI per code,
 * {@code urn:rest-social-auth:problem:<code>}), {@code title}, {@code status} and {@code detail},
 * and three members of its own: {@code code}, {@code error} (the message again, the key
 * django-rest-social-auth's front-ends read) and {@code fields} (the request fields to blame).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public final class SocialProblems {

	/** The prefix of every problem {@code type}; the code follows it. */
	public static final String TYPE_PREFIX = "urn:rest-social-auth:problem:";

	private static final Map<String, HttpStatus> STATUSES = Map.ofEntries(
			Map.entry("invalid_request", HttpStatus.BAD_REQUEST), Map.entry("missing_provider", HttpStatus.BAD_REQUEST),
			Map.entry("provider_refused", HttpStatus.BAD_REQUEST), Map.entry("invalid_credential", HttpStatus.UNAUTHORIZED),
			Map.entry("invalid_token", HttpStatus.UNAUTHORIZED),
			Map.entry("authentication_required", HttpStatus.UNAUTHORIZED), Map.entry("forbidden", HttpStatus.FORBIDDEN),
			Map.entry("csrf", HttpStatus.FORBIDDEN), Map.entry("access_denied", HttpStatus.FORBIDDEN),
			Map.entry("unknown_provider", HttpStatus.NOT_FOUND), Map.entry("not_found", HttpStatus.NOT_FOUND),
			Map.entry("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
			Map.entry("already_associated", HttpStatus.CONFLICT), Map.entry("last_account", HttpStatus.CONFLICT),
			Map.entry("concurrent_login", HttpStatus.CONFLICT),
			Map.entry("payload_too_large", HttpStatus.CONTENT_TOO_LARGE),
			Map.entry("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
			Map.entry("request_rejected", HttpStatus.BAD_REQUEST),
			Map.entry("provider_unavailable", HttpStatus.BAD_GATEWAY),
			Map.entry("provider_timeout", HttpStatus.GATEWAY_TIMEOUT));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SocialProblems() {
	}

	/**
	 * The status of an error code; 400 for a code the table does not know (an application's own).
	 * @param code the code
	 * @return the status
	 */
	public static HttpStatus status(String code) {
		return STATUSES.getOrDefault(code, HttpStatus.BAD_REQUEST);
	}

	/**
	 * The status of a failure: a stopped login's own, else its code's.
	 * @param ex the failure
	 * @return the status
	 */
	public static HttpStatusCode status(SocialAuthException ex) {
		return (ex instanceof AuthStoppedException stopped) ? HttpStatusCode.valueOf(stopped.getStatus())
				: status(ex.getCode());
	}

	/**
	 * The problem {@code type} of an error code.
	 * @param code the code
	 * @return the type URI
	 */
	public static URI type(String code) {
		return URI.create(TYPE_PREFIX + code);
	}

	/**
	 * The problem body of a failure.
	 * @param ex the failure
	 * @param message the message to show (the failure's, perhaps with the provider's text)
	 * @return the problem
	 */
	public static ProblemDetail problem(SocialAuthException ex, String message) {
		return problem(ex.getCode(), status(ex), message, ex.getFields());
	}

	/**
	 * A problem body.
	 * @param code the error code
	 * @param status the status
	 * @param message the message for people
	 * @param fields the request fields to blame
	 * @return the problem
	 */
	public static ProblemDetail problem(String code, HttpStatusCode status, String message, List<String> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setType(type(code));
		problem.setProperty("code", code);
		problem.setProperty("error", message);
		problem.setProperty("fields", fields);
		return problem;
	}

	/**
	 * Write a problem answer where no message converter runs (a filter, a security entry point).
	 * @param response the response
	 * @param problem the problem
	 * @throws IOException when the response cannot be written
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		byte[] body = json(problem);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * A problem as JSON.
	 * @param problem the problem
	 * @return the UTF-8 JSON
	 */
	public static byte[] json(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return JSON.writeValueAsBytes(body);
	}

}
