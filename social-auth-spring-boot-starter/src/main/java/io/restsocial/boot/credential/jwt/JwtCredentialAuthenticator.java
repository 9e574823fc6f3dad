package io.restsocial.boot.credential.jwt;

import java.util.Optional;

import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.boot.security.SchemeCredentialAuthenticator;
import io.restsocial.core.user.UserService;

import org.springframework.util.Assert;

/**
 * Authenticates {@code Authorization: Bearer <jwt>} with access and sliding JWTs; refresh
 * tokens, revoked sliding tokens and tokens of deleted users are refused.
 */
public class JwtCredentialAuthenticator extends SchemeCredentialAuthenticator {

	private final JwtTokenService jwts;

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme, {@code Bearer} by default
	 * @param jwts the JWT service
	 * @param users the users
	 */
	public JwtCredentialAuthenticator(String scheme, JwtTokenService jwts, UserService users) {
		super(scheme, users);
		Assert.notNull(jwts, "jwts cannot be null");
		this.jwts = jwts;
	}

	@Override
	protected Optional<String> userId(String credential) {
		return this.jwts.verifyBearer(credential).map(JwtTokenService::userId);
	}

}
