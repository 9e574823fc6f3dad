package io.restsocial.boot.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.Assert;

/**
 * Matches a request whose {@code Authorization} header names a scheme that one of the
 * {@link CredentialAuthenticator}s reads, such as {@code Token} or {@code Bearer}.
 * <p>
 * Such a request may skip CSRF protection: a cross-site page cannot make a browser send an
 * {@code Authorization} header, and {@link SocialCredentialAuthenticationFilter} answers 401 to a
 * header of these schemes that does not authenticate, so every request that skipped the check
 * was authenticated by its header. A header of any other scheme ({@code Authorization: Foo bar})
 * does not match, and the request is checked as any other.
 */
public final class CredentialHeaderRequestMatcher implements RequestMatcher {

	private final List<CredentialAuthenticator> authenticators;

	/**
	 * Create a matcher for the schemes of the given authenticators.
	 * @param authenticators the authenticators
	 */
	public CredentialHeaderRequestMatcher(List<CredentialAuthenticator> authenticators) {
		Assert.notNull(authenticators, "authenticators cannot be null");
		this.authenticators = List.copyOf(authenticators);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		String scheme = scheme(request.getHeader(HttpHeaders.AUTHORIZATION));
		return scheme != null && this.authenticators.stream().anyMatch((authenticator) -> authenticator.supports(scheme));
	}

	/**
	 * The scheme of an {@code Authorization} header: the text before its first space.
	 * @param header the header, or {@code null}
	 * @return the scheme, or {@code null} when the header has none
	 */
	static String scheme(String header) {
		int space = (header != null) ? header.indexOf(' ') : -1;
		return (space > 0) ? header.substring(0, space) : null;
	}

}
