package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * LinkedIn's OpenID Connect ({@code linkedin-openidconnect}): endpoints from discovery, client
 * credentials in the body (LinkedIn takes no HTTP Basic), and no nonce (LinkedIn sends none back);
 * the email is verified by LinkedIn's {@code email_verified} claim.
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
			.idToken(new IdTokenSettings(ISSUER, null, true, true, false))
			.build();
	}


}
