package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * LinkedIn's OpenID Connect ({@code linkedin-openidconnect}): endpoints from discovery, client
 * credentials in the body (LinkedIn takes no HTTP Basic); the email is verified by LinkedIn's
 * {@code email_verified} claim.
 * <p>
 * States issue a nonce, sent with the authorization request as python-social-auth sends one,
 * but LinkedIn does not always put it back in the ID token: a token without a nonce is taken
 * (python-social-auth skips the nonce check for LinkedIn altogether), while a token carrying
 * another nonce than the state's, a replayed one, is refused.
 *
 * @see <a href="https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/sign-in-with-linkedin-v2">Sign
 * In with LinkedIn using OpenID Connect</a>
 */
public final class LinkedInProvider {

	/** The wire name. */
	public static final String NAME = "linkedin-openidconnect";

	/** LinkedIn's issuer. */
	public static final String ISSUER = "https://www.linkedin.com/oauth";

	private LinkedInProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.idToken(new IdTokenSettings(ISSUER, null, true, true, true, false))
			.build();
	}


}
