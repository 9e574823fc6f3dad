package io.restsocial.boot.security;

import java.util.Optional;

import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Who a request proved it acts for, by means a cross-site page cannot forge: a credential in its
 * {@code Authorization} header that authenticated it, or its session cookie together with a CSRF
 * token that was checked.
 * <p>
 * Only such a caller may have a social account linked to it by a login, or disconnect one: a
 * session cookie alone is sent by the browser with any cross-site form post, and would let a
 * hostile page attach the attacker's social account to the victim's user (and then log in as
 * the victim with it).
 */
public final class ProvenCaller {

	private static final String BY_CREDENTIAL = ProvenCaller.class.getName() + ".CREDENTIAL";

	private static final String CSRF_CHECKED = ProvenCaller.class.getName() + ".CSRF_CHECKED";

	private ProvenCaller() {
	}

	/**
	 * The user the request proved it acts for.
	 * @param request the request
	 * @return the user, or empty when the request is anonymous or authenticated by a session
	 * cookie whose CSRF token was not checked
	 */
	public static Optional<SocialUser> of(HttpServletRequest request) {
		return of(request, SecurityContextHolder.getContextHolderStrategy());
	}

	/**
	 * The user the request proved it acts for.
	 * @param request the request
	 * @param strategy the strategy that holds the request's security context
	 * @return the user, or empty when the request is anonymous or authenticated by a session
	 * cookie whose CSRF token was not checked
	 */
	public static Optional<SocialUser> of(HttpServletRequest request, SecurityContextHolderStrategy strategy) {
		Optional<SocialUser> user = authenticatedUser(strategy);
		if (user.isEmpty()) {
			return user;
		}
		boolean proven = user.get().equals(request.getAttribute(BY_CREDENTIAL))
				|| isCsrfChecked(request);
		return proven ? user : Optional.empty();
	}

	/**
	 * Whether the request had to carry a valid CSRF token, and so did.
	 * @param request the request
	 * @return whether its CSRF token was checked
	 */
	public static boolean isCsrfChecked(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(CSRF_CHECKED));
	}

	/**
	 * The user the request is authenticated as, however it was.
	 * @param strategy the strategy that holds the request's security context
	 * @return the user, or empty
	 */
	static Optional<SocialUser> authenticatedUser(SecurityContextHolderStrategy strategy) {
		Authentication authentication = strategy.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SocialUser user) ? Optional.of(user) : Optional.empty();
	}

	/**
	 * Record that the request's {@code Authorization} header authenticated it as the user.
	 * @param request the request
	 * @param user the user
	 */
	static void authenticatedByCredential(HttpServletRequest request, SocialUser user) {
		request.setAttribute(BY_CREDENTIAL, user);
	}

	/**
	 * Record that the request had to carry a valid CSRF token: Spring Security's
	 * {@code CsrfFilter} refuses the request before it goes on if it does not.
	 * @param request the request
	 */
	static void csrfChecked(HttpServletRequest request) {
		request.setAttribute(CSRF_CHECKED, Boolean.TRUE);
	}

}
