package io.restsocial.boot.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.Assert;

/**
 * Decides which requests to rest-social-auth's endpoints need a CSRF token, as the
 * {@code requireCsrfProtectionMatcher} of their filter chain: the requests to the always
 * protected endpoints (the session login, against login CSRF), and the requests to the endpoints
 * that act for the caller (a login that would link an account, a disconnect) when the caller is
 * authenticated by its session cookie. A request that carries a credential of rest-social-auth's
 * {@code Authorization} schemes needs none (see {@link CredentialHeaderRequestMatcher}).
 * <p>
 * A request it matches is recorded as CSRF-checked for {@link ProvenCaller}: Spring Security's
 * {@code CsrfFilter} lets it go on only with a valid token.
 */
public final class SessionCsrfRequestMatcher implements RequestMatcher {

	private final RequestMatcher always;

	private final RequestMatcher whenSessionAuthenticated;

	private final RequestMatcher credentialHeader;

	private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Create the matcher.
	 * @param always the requests that always need a token
	 * @param whenSessionAuthenticated the requests that need one when the caller is authenticated
	 * by its session
	 * @param credentialHeader the requests whose {@code Authorization} header authenticates them
	 */
	public SessionCsrfRequestMatcher(RequestMatcher always, RequestMatcher whenSessionAuthenticated,
			RequestMatcher credentialHeader) {
		Assert.notNull(always, "always cannot be null");
		Assert.notNull(whenSessionAuthenticated, "whenSessionAuthenticated cannot be null");
		Assert.notNull(credentialHeader, "credentialHeader cannot be null");
		this.always = always;
		this.whenSessionAuthenticated = whenSessionAuthenticated;
		this.credentialHeader = credentialHeader;
	}

	/**
	 * Set the strategy that holds the current security context.
	 * @param strategy the strategy
	 */
	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
		Assert.notNull(strategy, "strategy cannot be null");
		this.strategy = strategy;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (this.credentialHeader.matches(request)) {
			return false;
		}
		boolean required = this.always.matches(request) || (this.whenSessionAuthenticated.matches(request)
				&& ProvenCaller.authenticatedUser(this.strategy).isPresent());
		if (required) {
			ProvenCaller.csrfChecked(request);
		}
		return required;
	}

}
