package io.restsocial.boot.security;

import java.util.Optional;

import io.restsocial.core.token.OpaqueTokenService;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

import org.springframework.util.Assert;

/**
 * Authenticates {@code Authorization: Token <t>} with opaque tokens.
 */
public class OpaqueTokenCredentialAuthenticator implements CredentialAuthenticator {

	private final String scheme;

	private final OpaqueTokenService tokens;

	private final UserService users;

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme, {@code Token} by default
	 * @param tokens the opaque tokens
	 * @param users the users
	 */
	public OpaqueTokenCredentialAuthenticator(String scheme, OpaqueTokenService tokens, UserService users) {
		Assert.hasText(scheme, "scheme cannot be empty");
		Assert.notNull(tokens, "tokens cannot be null");
		Assert.notNull(users, "users cannot be null");
		this.scheme = scheme;
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public boolean supports(String scheme) {
		return this.scheme.equalsIgnoreCase(scheme);
	}

	@Override
	public Optional<SocialUser> authenticate(String credential) {
		return this.tokens.authenticate(credential).flatMap(this.users::findById);
	}

}
