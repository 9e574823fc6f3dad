package io.restsocial.boot.security;

import java.util.Collection;
import java.util.Optional;

import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.Assert;

/**
 * Base of the authenticators that read one Authorization scheme and resolve the credential to a
 * user id, then load the user (so a deleted user's credentials stop working), and give it the
 * authorities of the {@link SocialUserAuthorities} bean, asked about the user just loaded.
 */
public abstract class SchemeCredentialAuthenticator implements CredentialAuthenticator {

	private final String scheme;

	private final UserService users;

	private SocialUserAuthorities authorities = SocialUserAuthorities.defaults();

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme it reads
	 * @param users the users
	 */
	protected SchemeCredentialAuthenticator(String scheme, UserService users) {
		Assert.hasText(scheme, "scheme cannot be empty");
		Assert.notNull(users, "users cannot be null");
		this.scheme = scheme;
		this.users = users;
	}

	/**
	 * Set what gives an authenticated user its authorities; the {@link SocialUserAuthorities}
	 * bean when there is one, {@link SocialUserAuthorities#defaults()} otherwise.
	 * @param authorities the authorities of users
	 */
	@Autowired(required = false)
	public void setUserAuthorities(SocialUserAuthorities authorities) {
		Assert.notNull(authorities, "authorities cannot be null");
		this.authorities = authorities;
	}

	@Override
	public boolean supports(String scheme) {
		return this.scheme.equalsIgnoreCase(scheme);
	}

	@Override
	public Optional<SocialUser> authenticate(String credential) {
		// An inactive user's credentials no longer authenticate, as Django REST framework's.
		return userId(credential).flatMap(this.users::findById).filter(SocialUser::active);
	}

	@Override
	public Collection<? extends GrantedAuthority> authorities(SocialUser user) {
		return this.authorities.authorities(user);
	}

	/**
	 * Whose credential this is.
	 * @param credential the credential, without its scheme
	 * @return the string form of the user's id, or empty when the credential is not valid
	 */
	protected abstract Optional<String> userId(String credential);

}
