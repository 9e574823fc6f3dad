package io.restsocial.boot.security;

import java.util.Collection;

import io.restsocial.core.user.SocialUser;

import org.springframework.security.core.GrantedAuthority;

/**
 * Gives a logged-in user its authorities, so that {@code hasRole(...)} and
 * {@code @PreAuthorize} work on the application's own endpoints whatever credential the request
 * came with. Declare a bean of this type to grant more than {@link #defaults()}.
 * <p>
 * It is asked once per request authenticated by an {@code Authorization} header (stored token,
 * opaque token, access or sliding JWT), with the user just read back from the
 * {@code UserService}, so a role taken away counts from the next request; and once at a session
 * login, whose authorities then last as long as the session, as with any Spring Security login.
 * It is on the authentication path of every request: keep it cheap (read the roles from the
 * user, or cache them).
 */
@FunctionalInterface
public interface SocialUserAuthorities {

	/**
	 * The authorities of a user.
	 * @param user the user, active
	 * @return the authorities, such as {@code ROLE_ADMIN}; never {@code null}
	 */
	Collection<? extends GrantedAuthority> authorities(SocialUser user);

	/**
	 * {@code ROLE_USER} for every user: what applies when the application declares no bean.
	 * @return the default authorities
	 */
	static SocialUserAuthorities defaults() {
		return DefaultSocialUserAuthorities.INSTANCE;
	}

}
