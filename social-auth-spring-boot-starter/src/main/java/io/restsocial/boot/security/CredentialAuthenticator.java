package io.restsocial.boot.security;

import java.util.Collection;
import java.util.Optional;

import io.restsocial.core.user.SocialUser;

import org.springframework.security.core.GrantedAuthority;

/**
 * Turns a credential from an {@code Authorization: <scheme> <credential>} header into the user
 * it belongs to: the seam each credential kind (stored token, JWT, opaque token) plugs into.
 * <p>
 * It is deliberately not an {@code AuthenticationProvider}: a bean of that type would take over
 * the application's global authentication manager.
 */
public interface CredentialAuthenticator {

	/**
	 * Whether this authenticator reads credentials of an Authorization scheme.
	 * @param scheme the scheme, such as {@code Token} or {@code Bearer}
	 * @return whether it is this authenticator's
	 */
	boolean supports(String scheme);

	/**
	 * The user a credential belongs to.
	 * @param credential the credential, without its scheme
	 * @return the user, or empty when the credential is not valid
	 */
	Optional<SocialUser> authenticate(String credential);

	/**
	 * The authorities of a user this authenticator has just authenticated, asked once per
	 * request; {@link SocialUserAuthorities#defaults()} unless overridden.
	 * @param user the user {@link #authenticate(String)} answered
	 * @return the user's authorities
	 */
	default Collection<? extends GrantedAuthority> authorities(SocialUser user) {
		return SocialUserAuthorities.defaults().authorities(user);
	}

}
