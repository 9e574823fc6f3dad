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

	private static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
			+ "\"detail\":\"%1$s\",\"error\":\"%1$s\",\"fields\":[]}";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		String message = (authException instanceof InvalidCredentialException) ? authException.getMessage()
				: "Authentication credentials were not provided";
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// The messages are our own constants: nothing needs escaping.
		response.getWriter().write(String.format(BODY, message));
	}

}
