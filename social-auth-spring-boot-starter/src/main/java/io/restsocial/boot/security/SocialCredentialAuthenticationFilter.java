package io.restsocial.boot.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.Assert;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: <scheme> <credential>} header with the
 * {@link CredentialAuthenticator} of that scheme. A header of a scheme no authenticator reads is
 * left to other filters; a credential that no authenticator accepts is answered with 401. The
 * authentication carries the authorities that the accepting authenticator gives its user.
 * The authentication lasts for the request only: nothing is saved to a session. A request it
 * authenticates is recorded as such for {@link ProvenCaller}.
 */
public class SocialCredentialAuthenticationFilter extends OncePerRequestFilter {

	private final List<CredentialAuthenticator> authenticators;

	private final AuthenticationEntryPoint entryPoint;

	private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	private Supplier<UserService> sessionUsers = () -> null;

	/**
	 * Create the filter.
	 * @param authenticators the authenticators, tried in order
	 * @param entryPoint what answers an invalid credential
	 */
	public SocialCredentialAuthenticationFilter(List<CredentialAuthenticator> authenticators,
			AuthenticationEntryPoint entryPoint) {
		Assert.notNull(authenticators, "authenticators cannot be null");
		Assert.notNull(entryPoint, "entryPoint cannot be null");
		this.authenticators = List.copyOf(authenticators);
		this.entryPoint = entryPoint;
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
	 * Set where the user of a session login is read again on each request, so that a user made
	 * inactive (or deleted) is no longer authenticated by an existing session, as a token of
	 * theirs no longer is.
	 * @param users the users, asked for at request time rather than when the filter chain is
	 * built; {@code null} from it trusts the session's copy
	 */
	public void setSessionUsers(Supplier<UserService> users) {
		Assert.notNull(users, "users cannot be null");
		this.sessionUsers = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String scheme = CredentialHeaderRequestMatcher.scheme(header);
		List<CredentialAuthenticator> candidates = (scheme != null) ? this.authenticators.stream()
			.filter((authenticator) -> authenticator.supports(scheme))
			.toList() : List.of();
		if (candidates.isEmpty()) {
			// No credential of ours: whatever authenticates the request, its session may.
			checkSessionUser(request);
			chain.doFilter(request, response);
			return;
		}
		String credential = header.substring(scheme.length() + 1).strip();
		Optional<SocialUser> user = Optional.empty();
		CredentialAuthenticator accepting = null;
		for (CredentialAuthenticator authenticator : candidates) {
			user = credential.isEmpty() ? Optional.empty() : authenticator.authenticate(credential);
			if (user.isPresent()) {
				accepting = authenticator;
				break;
			}
		}
		if (user.isEmpty()) {
			this.strategy.clearContext();
			this.entryPoint.commence(request, response,
					new InvalidCredentialException("Invalid or expired " + scheme + " credential"));
			return;
		}
		SecurityContext context = this.strategy.createEmptyContext();
		// Asked once per request, of the user the authenticator has just read back.
		context.setAuthentication(
				SocialAuthenticationToken.authenticated(user.get(), accepting.authorities(user.get())));
		this.strategy.setContext(context);
		ProvenCaller.authenticatedByCredential(request, user.get());
		chain.doFilter(request, response);
	}

	// A session's user made inactive or deleted since it logged in: the session ends. Checked
	// whenever the request carries none of our credentials, whatever its Authorization header,
	// since a header of another scheme leaves the session's authentication in place.
	private void checkSessionUser(HttpServletRequest request) {
		UserService users = (request.getSession(false) != null) ? this.sessionUsers.get() : null;
		if (users != null && this.strategy.getContext().getAuthentication() instanceof SocialAuthenticationToken session
				&& users.findById(String.valueOf(session.getPrincipal().id())).filter(SocialUser::active).isEmpty()) {
			this.strategy.clearContext();
			Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
		}
	}

}
