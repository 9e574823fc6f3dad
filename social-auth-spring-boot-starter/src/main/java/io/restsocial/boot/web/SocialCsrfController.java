package io.restsocial.boot.web;

import io.restsocial.core.error.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET {base}/social/csrf/}: sets the {@code XSRF-TOKEN} cookie and answers the token and
 * the header to send it in, for the session login endpoint.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class SocialCsrfController {

	/**
	 * Answer the CSRF token.
	 * @param request the request
	 * @return {@code {"token": ..., "header": ...}}
	 */
	@GetMapping({ "/social/csrf", "/social/csrf/" })
	public CsrfTokenResponse csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			throw new InvalidRequestException("CSRF protection of the session endpoint is off "
					+ "(rest.social.session.csrf=false): no token is needed");
		}
		// Reading the token makes the deferred token load, and the cookie repository set the cookie.
		return new CsrfTokenResponse(token.getToken(), token.getHeaderName());
	}

}
