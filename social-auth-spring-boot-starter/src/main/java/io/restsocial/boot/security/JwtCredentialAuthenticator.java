package io.restsocial.boot.security;

import java.util.Optional;

import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

import org.springframework.util.Assert;

/**
 * Authenticates {@code Authorization: Bearer <jwt>} with access and sliding JWTs; refresh
 * tokens, revoked sliding tokens and tokens of deleted users are refused.
 */
public class JwtCredentialAuthenticator implements CredentialAuthenticator {

	private final String scheme;

	private final JwtTokenService jwts;

	private final UserService users;

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme, {@code Bearer} by default
	 * @param jwts the JWT service
	 * @param users the users
	 */
	public JwtCredentialAuthenticator(String scheme, JwtTokenService jwts, UserService users) {
		Assert.hasText(scheme, "scheme cannot be empty");
		Assert.notNull(jwts, "jwts cannot be null");
		Assert.notNull(users, "users cannot be null");
		this.scheme = scheme;
		this.jwts = jwts;
		this.users = users;
	}

	@Override
	public boolean supports(String scheme) {
		return this.scheme.equalsIgnoreCase(scheme);
	}

	@Override
	public Optional<SocialUser> authenticate(String credential) {
		return this.jwts.authenticate(credential).flatMap((jwt) -> this.users.findById(JwtTokenService.userId(jwt)));
	}

}
