package io.restsocial.boot.security;

import java.util.Collection;
import java.util.List;

import io.restsocial.core.user.SocialUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * {@link SocialUserAuthorities#defaults()}: {@code ROLE_USER} for every user, one list made once.
 */
final class DefaultSocialUserAuthorities implements SocialUserAuthorities {

	static final DefaultSocialUserAuthorities INSTANCE = new DefaultSocialUserAuthorities();

	private static final List<GrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));

	private DefaultSocialUserAuthorities() {
	}

	@Override
	public Collection<? extends GrantedAuthority> authorities(SocialUser user) {
		return USER;
	}

}
