package io.restsocial.boot.credential.opaque;

import java.util.Optional;

import io.restsocial.boot.security.SchemeCredentialAuthenticator;
import io.restsocial.core.token.OpaqueTokenService;
import io.restsocial.core.user.UserService;

import org.springframework.util.Assert;

/**
 * Authenticates {@code Authorization: Token <t>} with opaque tokens.
 */
public class OpaqueTokenCredentialAuthenticator extends SchemeCredentialAuthenticator {

	private final OpaqueTokenService tokens;

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme, {@code Token} by default
	 * @param tokens the opaque tokens
	 * @param users the users
	 */
	public OpaqueTokenCredentialAuthenticator(String scheme, OpaqueTokenService tokens, UserService users) {
		super(scheme, users);
		Assert.notNull(tokens, "tokens cannot be null");
		this.tokens = tokens;
	}

	@Override
	protected Optional<String> userId(String credential) {
		return this.tokens.verify(credential);
	}

}
