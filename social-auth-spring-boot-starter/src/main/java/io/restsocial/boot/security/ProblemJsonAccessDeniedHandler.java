package io.restsocial.boot.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers a refused request with 403 and a problem JSON body; a missing or wrong CSRF token is
 * named as such, since that is what a front-end developer must fix.
 */
public class ProblemJsonAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			ProblemJsonAuthenticationEntryPoint.write(response, "csrf", HttpStatus.FORBIDDEN,
					"CSRF token missing or invalid: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header "
							+ "(GET the social/csrf/ endpoint to get both)");
		}
		else {
			ProblemJsonAuthenticationEntryPoint.write(response, "access_denied", HttpStatus.FORBIDDEN,
					"Access denied");
		}
	}

}
