package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Google over OpenID Connect ({@code google-openidconnect}): {@code google-oauth2}'s uid and
 * details, with the ID token required and validated against Google's keys, the client's
 * credentials in a Basic header (python-social-auth's choice from Google's discovery), and the
 * user from {@code https://openidconnect.googleapis.com/v1/userinfo}, whose {@code sub} must be
 * the ID token's. As {@code google-oauth2}, the uid is Google's {@code sub} unless the
 * registration sets {@code use-unique-user-id: false} for python-social-auth's email uid.
 *
 * @see <a href="https://developers.google.com/identity/openid-connect/openid-connect">Google OpenID Connect</a>
 */
public final class GoogleOpenIdConnectProvider {

	/** The wire name. */
	public static final String NAME = "google-openidconnect";

	private GoogleOpenIdConnectProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(GoogleProvider.definition())
			.name(NAME)
			.userInfoUri("https://openidconnect.googleapis.com/v1/userinfo")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.idToken(new IdTokenSettings(GoogleProvider.ISSUER, "https://www.googleapis.com/oauth2/v3/certs", false,
					true))
			.build();
	}

}
