package io.restsocial.boot.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token from its header only ({@code X-XSRF-TOKEN}), never from a form parameter,
 * and compares it plainly with the cookie's, so that a SPA can echo the cookie's value.
 * <p>
 * With a token kept in a cookie (double submit), a form parameter would let a cross-site form pass
 * the check wherever the attacker can plant the cookie (from a sibling subdomain, or over plain
 * http): it would post {@code _csrf} equal to the planted value. A custom header cannot be sent
 * cross-site without a CORS preflight the application does not allow.
 */
public final class HeaderCsrfTokenRequestHandler extends CsrfTokenRequestAttributeHandler {

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		return request.getHeader(csrfToken.getHeaderName());
	}

}
