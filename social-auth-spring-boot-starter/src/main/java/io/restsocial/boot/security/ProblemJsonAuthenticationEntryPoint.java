package io.restsocial.boot.security;

import java.io.IOException;
import java.util.List;

import io.restsocial.boot.problem.SocialProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
		if (authException instanceof InvalidCredentialException) {
			write(response, "invalid_credential", HttpStatus.UNAUTHORIZED, authException.getMessage());
		}
		else {
			write(response, "authentication_required", HttpStatus.UNAUTHORIZED,
					"Authentication credentials were not provided");
		}
	}

	/**
	 * Write a problem answer.
	 * @param response the response
	 * @param code the error code
	 * @param status the status
	 * @param message the message
	 * @throws IOException when the response cannot be written
	 */
	static void write(HttpServletResponse response, String code, HttpStatus status, String message)
			throws IOException {
		SocialProblems.write(response, SocialProblems.problem(code, status, message, List.of()));
	}

}
