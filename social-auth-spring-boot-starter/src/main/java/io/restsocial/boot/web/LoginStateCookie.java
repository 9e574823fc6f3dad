package io.restsocial.boot.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.Assert;

/**
 * Binds login states to the browser that asked for them: the state endpoint sets an HttpOnly
 * cookie holding a random binding value (the state carries only its hash), and a login reads it
 * back. A request is taken to come from a browser when it carries {@code Origin} or
 * {@code Sec-Fetch-Site}, which browsers send on every {@code POST} and a page's scripts cannot remove;
 * a native app sends neither, and keeps getting states that are bound to no browser. The same
 * cookie binds an OAuth 1.0a request token to the browser that ran the login's first step.
 * <p>
 * The cookie is {@code Secure} on https (and always with {@code SameSite=None}, which browsers
 * require), scoped to {@code {base}/social/}, and lives as long as a state. With the default
 * {@code SameSite=Lax} it reaches the API from a front-end on the same site (such as
 * {@code app.example.com} and {@code api.example.com}); a front-end on another site needs
 * {@code SameSite=None} over https, and requests sent with credentials.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749, section 10.12</a>
 */
public final class LoginStateCookie {

	private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_\\-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final boolean enabled;

	private final String name;

	private final String path;

	private final String sameSite;

	private final Duration maxAge;

	/**
	 * Create the binding.
	 * @param enabled whether states asked for by browsers are bound to them
	 * @param name the cookie's name
	 * @param path the cookie's path, such as {@code /api/login/social/}
	 * @param sameSite the cookie's {@code SameSite} attribute: {@code Lax}, {@code Strict} or
	 * {@code None}
	 * @param maxAge how long the cookie lives: a state's lifetime
	 */
	public LoginStateCookie(boolean enabled, String name, String path, String sameSite, Duration maxAge) {
		Assert.hasText(name, "name cannot be empty");
		Assert.hasText(path, "path cannot be empty");
		Assert.isTrue(sameSite != null && sameSite.matches("(?i)lax|strict|none"),
				"sameSite must be Lax, Strict or None");
		Assert.notNull(maxAge, "maxAge cannot be null");
		this.enabled = enabled;
		this.name = name;
		this.path = path;
		this.sameSite = Character.toUpperCase(sameSite.charAt(0)) + sameSite.substring(1).toLowerCase();
		this.maxAge = maxAge;
	}

	/**
	 * Whether a request came from a browser, whose state must be bound to it: it carries
	 * {@code Origin} or {@code Sec-Fetch-Site}, and binding is enabled.
	 * @param request the request
	 * @return whether its state must be bound to it
	 */
	public boolean fromBrowser(HttpServletRequest request) {
		return this.enabled && (request.getHeader(HttpHeaders.ORIGIN) != null
				|| request.getHeader("Sec-Fetch-Site") != null);
	}

	/**
	 * The binding value a request's state cookie holds.
	 * @param request the request
	 * @return the value, or {@code null} when the request has no well-formed state cookie
	 */
	public String value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.name.equals(cookie.getName()) && cookie.getValue() != null
						&& VALUE.matcher(cookie.getValue()).matches()) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * The binding value for a state (or an OAuth 1.0a request token) a request asks for: for a
	 * browser, its cookie's value (a new one when it has none), with the cookie set again on the
	 * response; otherwise none.
	 * @param request the request for a state or a request token
	 * @param response its response
	 * @return the binding value, or {@code null} for a state bound to no browser
	 */
	public String bind(HttpServletRequest request, HttpServletResponse response) {
		if (!fromBrowser(request)) {
			return null;
		}
		// One value per browser: states asked for in two tabs are both bound to it.
		String value = value(request);
		if (value == null) {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		write(request, response, value, this.maxAge);
		return value;
	}

	/**
	 * Remove the state cookie, once a login has used its state or its request token.
	 * @param request the login request
	 * @param response its response
	 */
	public void clear(HttpServletRequest request, HttpServletResponse response) {
		if (value(request) != null) {
			write(request, response, "", Duration.ZERO);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(this.name, value)
			.httpOnly(true)
			.secure(request.isSecure() || "None".equals(this.sameSite))
			.sameSite(this.sameSite)
			// Under the servlet context path, where the browser will send the login to.
			.path(request.getContextPath() + this.path)
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
