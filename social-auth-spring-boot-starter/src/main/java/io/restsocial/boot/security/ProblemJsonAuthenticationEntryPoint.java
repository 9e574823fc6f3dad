package io.restsocial.boot.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated request with 401 and an {@code application/problem+json} body that
 * carries an {@code error} key, like every other error of rest-social-auth.
 */
public class ProblemJsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		String message = (authException instanceof InvalidCredentialException) ? authException.getMessage()
				: "Authentication credentials were not provided";
		write(response, HttpStatus.UNAUTHORIZED, message);
	}

	/**
	 * Write a problem answer.
	 * @param response the response
	 * @param status the status
	 * @param message the message, one of our own constants (it is not escaped)
	 * @throws IOException when the response cannot be written
	 */
	static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + message + "\",\"error\":\"" + message
					+ "\",\"fields\":[]}");
	}

}
