package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Okta without a required ID token ({@code okta-oauth2}), configured by its authorization
 * server's issuer as {@code okta-openidconnect} is
 * ({@code issuer-uri: https://<org>.okta.com/oauth2/default}, python-social-auth's {@code API_URL}
 * without its trailing {@code /}): endpoints from discovery, user from {@code v1/userinfo}; as in
 * python-social-auth the uid is {@code preferred_username}, the username too, and the names
 * {@code given_name} and {@code family_name}; the email is verified by Okta's
 * {@code email_verified} claim.
 * <p>
 * As python-social-auth's {@code OktaOAuth2}, the client's credentials go in the form. It never
 * looks at the ID token; here an ID token that comes with the code (the default scope asks for
 * one) is validated all the same, and a code exchange without one is accepted.
 *
 * @see <a href="https://developer.okta.com/docs/reference/api/oidc/">Okta OpenID Connect and OAuth 2.0 API</a>
 */
public final class OktaOAuth2Provider {

	/** The wire name. */
	public static final String NAME = "okta-oauth2";

	private OktaOAuth2Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(OktaProvider.definition())
			.name(NAME)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.idToken(new IdTokenSettings(null, null, true, false))
			.build();
	}

}
