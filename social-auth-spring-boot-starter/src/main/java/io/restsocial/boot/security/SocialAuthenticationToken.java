package io.restsocial.boot.security;

import java.util.Collection;
import java.util.List;

import io.restsocial.core.user.SocialUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.Assert;

/**
 * An authenticated {@link SocialUser}: the principal that {@code @AuthenticationPrincipal}
 * gives, whether the request came with a session or with a token, with the authorities that
 * {@link SocialUserAuthorities} gave it.
 */
public final class SocialAuthenticationToken extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final SocialUser user;

	private SocialAuthenticationToken(SocialUser user, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		Assert.notNull(user, "user cannot be null");
		this.user = user;
		setAuthenticated(true);
	}

	/**
	 * An authenticated token of a user, with no authorities.
	 * @param user the user
	 * @return the token
	 */
	public static SocialAuthenticationToken authenticated(SocialUser user) {
		return new SocialAuthenticationToken(user, List.of());
	}

	/**
	 * An authenticated token of a user, with its authorities.
	 * @param user the user
	 * @param authorities the user's authorities, as {@link SocialUserAuthorities} gave them
	 * @return the token
	 */
	public static SocialAuthenticationToken authenticated(SocialUser user,
			Collection<? extends GrantedAuthority> authorities) {
		Assert.notNull(authorities, "authorities cannot be null");
		return new SocialAuthenticationToken(user, authorities);
	}

	@Override
	public SocialUser getPrincipal() {
		return this.user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.user.username();
	}

}
