package io.restsocial.boot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restsocial.boot.problem.SocialProblems;
import io.restsocial.core.error.AuthStoppedException;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.SocialAuthException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the failures of rest-social-auth's endpoints into {@code application/problem+json}
 * (RFC 9457) answers that always carry an {@code error} message and the {@code fields} to blame.
 * <p>
 * Statuses:
 * <ul>
 * <li>400: a missing provider, a missing, malformed or too long field (named in
 * {@code fields}), a malformed body or {@code Origin} header, or a provider that refused the
 * code or token (a 4xx other than 429, or an {@code error} in its 200 answer);</li>
 * <li>401: an invalid token; 403: the pipeline refused the user; 404: an unknown provider or
 * endpoint; 409: the account is another user's;</li>
 * <li>413: a body over {@code rest.social.limits.max-body-size}; 415: a multipart body, or a
 * content type or charset that is not read;</li>
 * <li>502: the provider could not be reached, reset the connection, or answered a 5xx, a 429,
 * a redirect (never followed), an empty, HTML or malformed body, or one over
 * {@code rest.social.http.max-response-size};</li>
 * <li>504: the provider did not connect or answer within {@code rest.social.http.*-timeout}.</li>
 * </ul>
 * A provider failure is logged once, at WARN, without a stack trace; the provider's own text and
 * the URL called are logged (CR and LF removed) but reach the body only with
 * {@code rest.social.verbose-errors=true}.
 * <p>
 * It answers for every controller of the starter's packages, and for an application's subclass
 * of {@link SocialLoginController} in any package (subclassing it is how an application changes
 * the user JSON); the application's other controllers keep their own error handling.
 */
@RestControllerAdvice(basePackages = "io.restsocial.boot", assignableTypes = SocialLoginController.class)
public class SocialAuthExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(SocialAuthExceptionHandler.class);

	// Failures a client caused and is told about: not worth a WARN line each.
	private static final Set<String> CLIENT_MISTAKES = Set.of("invalid_request", "missing_provider", "unknown_provider",
			"invalid_token", "not_found", "authentication_required", "last_account", "payload_too_large",
			"unsupported_media_type");

	private final boolean verboseErrors;

	private final boolean logAuthExceptions;

	/**
	 * Create the handler.
	 * @param verboseErrors whether to show the provider's own error text
	 * @param logAuthExceptions whether to log failed logins
	 */
	public SocialAuthExceptionHandler(boolean verboseErrors, boolean logAuthExceptions) {
		this.verboseErrors = verboseErrors;
		this.logAuthExceptions = logAuthExceptions;
	}

	/**
	 * Answer a failed login.
	 * @param ex the failure
	 * @return the problem answer
	 */
	@ExceptionHandler(SocialAuthException.class)
	public ResponseEntity<ProblemDetail> handleSocialAuth(SocialAuthException ex) {
		String message = ex.getMessage();
		if (ex instanceof ProviderException provider && provider.getProviderMessage() != null) {
			if (this.logAuthExceptions) {
				// Neither the message (which may quote the request) nor the provider's text may forge log lines.
				logger.warn("Social login failed: {} [{}]", ProviderException.clean(message),
						ProviderException.clean(provider.getProviderMessage()));
			}
			if (this.verboseErrors) {
				message = message + ": " + provider.getProviderMessage();
			}
		}
		else if (this.logAuthExceptions && !CLIENT_MISTAKES.contains(ex.getCode())) {
			logger.warn("Social login failed: {}", ProviderException.clean(message));
		}
		ProblemDetail problem = SocialProblems.problem(ex, message);
		if (ex instanceof AuthStoppedException stopped) {
			stopped.getBody().forEach(problem::setProperty);
		}
		return answer(problem, HttpHeaders.EMPTY);
	}

	/**
	 * Answer a login whose pipeline paused: 202, with the partial token and the fields to ask
	 * the user for; the front-end completes it at {@code social/complete/}.
	 * @param ex the pause
	 * @return the answer
	 */
	@ExceptionHandler(LoginPausedException.class)
	public ResponseEntity<Map<String, Object>> handlePaused(LoginPausedException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partial_token", ex.getPartialToken());
		body.put("fields", ex.getFields());
		body.put("message", ex.getMessage());
		return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * Answer a method other than POST on a login endpoint.
	 * @param ex the failure
	 * @return the problem answer
	 */
	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	public ResponseEntity<ProblemDetail> handleMethod(HttpRequestMethodNotSupportedException ex) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAllow(ex.getSupportedHttpMethods());
		return answer(SocialProblems.problem("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED,
				"Method " + ex.getMethod() + " is not allowed here; use POST", List.of()), headers);
	}

	/**
	 * Answer a login that raced with another login of the same social account.
	 * @param ex the failure
	 * @return the problem answer
	 */
	@ExceptionHandler(DuplicateKeyException.class)
	public ResponseEntity<ProblemDetail> handleDuplicate(DuplicateKeyException ex) {
		logger.warn("Social login conflicted with a concurrent login of the same account");
		return answer(SocialProblems.problem("concurrent_login", HttpStatus.CONFLICT,
				"Another login of the same account was running at the same time; try again", List.of()),
				HttpHeaders.EMPTY);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
