package io.restsocial.boot.credential;

import java.util.Map;

import io.restsocial.boot.security.SocialAuthenticationToken;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.Assert;

/**
 * Logs the user into the HTTP session: the Spring Security context is saved in the session, so
 * the session cookie authenticates later requests. An existing session gets a new id, against
 * session fixation.
 */
public class SessionCredentialIssuer implements CredentialIssuer {

	private final SecurityContextRepository repository;

	private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

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

	@Override
	public String kind() {
		return SESSION;
	}

	@Override
	public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.strategy.createEmptyContext();
		context.setAuthentication(SocialAuthenticationToken.authenticated(user));
		this.strategy.setContext(context);
		this.repository.saveContext(context, request, response);
		return Map.of();
	}

}
