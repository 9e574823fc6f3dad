package io.restsocial.boot.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
	public Map<String, Object> csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			throw new InvalidRequestException("CSRF protection of the session endpoint is off "
					+ "(rest.social.session.csrf=false): no token is needed");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		// Reading the token makes the deferred token load, and the cookie repository set the cookie.
		answer.put("token", token.getToken());
		answer.put("header", token.getHeaderName());
		return answer;
	}

}
