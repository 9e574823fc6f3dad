package io.restsocial.boot.credential.session;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.security.ProvenCaller;
import io.restsocial.boot.security.SocialAuthenticationToken;
import io.restsocial.boot.security.SocialUserAuthorities;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.util.Assert;

/**
 * Logs the user into the HTTP session: the Spring Security context is saved in the session, so
 * the session cookie authenticates later requests. An existing session gets a new id, against
 * session fixation, and the CSRF token a new value. The user's authorities are those
 * {@link SocialUserAuthorities} gives it at login; they last as long as the session.
 */
public class SessionCredentialIssuer implements CredentialIssuer {

	private final SecurityContextRepository repository;

	private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	private CsrfTokenRepository csrfTokens;

	private boolean csrfRequired;

	private SocialUserAuthorities authorities = SocialUserAuthorities.defaults();

	/**
	 * Create an issuer that saves to the HTTP session.
	 */
	public SessionCredentialIssuer() {
		this(new HttpSessionSecurityContextRepository());
	}

	/**
	 * Create an issuer that saves to the given repository.
	 * @param repository where the security context is saved
	 */
	public SessionCredentialIssuer(SecurityContextRepository repository) {
		Assert.notNull(repository, "repository cannot be null");
		this.repository = repository;
	}

	/**
	 * Set the strategy that holds the current security context.
	 * @param strategy the strategy
	 */
	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
		Assert.notNull(strategy, "strategy cannot be null");
		this.strategy = strategy;
	}

	/**
	 * Set the CSRF token repository whose token is replaced at login, as Django does and Spring
	 * Security's {@code CsrfAuthenticationStrategy} would: a token known before the login (planted
	 * by an attacker, say) is worthless after it.
	 * @param csrfTokens the repository, or {@code null} when CSRF protection is off
	 */
	public void setCsrfTokenRepository(CsrfTokenRepository csrfTokens) {
		this.csrfTokens = csrfTokens;
	}

	/**
	 * Set whether a session is issued only to a request whose CSRF token was checked: the session
	 * login always is, and a paused session login resumed at {@code social/complete/} must be
	 * too, or a cross-site page could complete the attacker's paused login in the victim's browser
	 * (login CSRF).
	 * @param csrfRequired whether a checked CSRF token is required
	 */
	public void setCsrfRequired(boolean csrfRequired) {
		this.csrfRequired = csrfRequired;
	}

	/**
	 * Set what gives a logged-in user its authorities; the {@link SocialUserAuthorities} bean
	 * when there is one, {@link SocialUserAuthorities#defaults()} otherwise.
	 * @param authorities the authorities of users
	 */
	@Autowired(required = false)
	public void setUserAuthorities(SocialUserAuthorities authorities) {
		Assert.notNull(authorities, "authorities cannot be null");
		this.authorities = authorities;
	}

	@Override
	public String kind() {
		return SESSION;
	}

	@Override
	public List<CredentialEndpoint> endpoints() {
		return List.of(CredentialEndpoint.withUser("session"));
	}

	@Override
	public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response) {
		if (this.csrfRequired && !ProvenCaller.isCsrfChecked(request)) {
			throw new AuthForbiddenException("A session login needs the CSRF token: send the XSRF-TOKEN cookie's "
					+ "value in the X-XSRF-TOKEN header (GET the social/csrf/ endpoint to get both)");
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.strategy.createEmptyContext();
		context.setAuthentication(SocialAuthenticationToken.authenticated(user, this.authorities.authorities(user)));
		this.strategy.setContext(context);
		this.repository.saveContext(context, request, response);
		if (this.csrfTokens != null) {
			this.csrfTokens.saveToken(this.csrfTokens.generateToken(request), request, response);
		}
		return Map.of();
	}

}
