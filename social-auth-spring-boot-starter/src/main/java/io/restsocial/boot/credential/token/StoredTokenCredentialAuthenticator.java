package io.restsocial.boot.credential.token;

import java.util.Optional;

import io.restsocial.boot.security.SchemeCredentialAuthenticator;
import io.restsocial.core.token.StoredTokenService;
import io.restsocial.core.user.UserService;

import org.springframework.util.Assert;

/**
 * Authenticates {@code Authorization: Token <t>} with stored tokens.
 */
public class StoredTokenCredentialAuthenticator extends SchemeCredentialAuthenticator {

	private final StoredTokenService tokens;

	/**
	 * Create the authenticator.
	 * @param scheme the Authorization scheme, {@code Token} by default
	 * @param tokens the stored tokens
	 * @param users the users
	 */
	public StoredTokenCredentialAuthenticator(String scheme, StoredTokenService tokens, UserService users) {
		super(scheme, users);
		Assert.notNull(tokens, "tokens cannot be null");
		this.tokens = tokens;
	}

	@Override
	protected Optional<String> userId(String credential) {
		return this.tokens.findUserId(credential);
	}

}
