package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;

/**
 * Google ({@code google-oauth2}): user from the OpenID userinfo endpoint, and the ID token checked
 * against Google's keys; as in python-social-auth the uid is the email address, and the username
 * its local part. Native apps may log in with the ID token Google Sign-In gave them.
 *
 * @see <a href="https://developers.google.com/identity/protocols/oauth2/web-server">Google OAuth 2.0 for web
 * server apps</a>
 */
public final class GoogleProvider {

	/** The wire name. */
	public static final String NAME = "google-oauth2";

	/** The issuer of Google's ID tokens. */
	public static final String ISSUER = "https://accounts.google.com";

	private GoogleProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://accounts.google.com/o/oauth2/auth")
			.tokenUri("https://accounts.google.com/o/oauth2/token")
			.userInfoUri("https://www.googleapis.com/oauth2/v3/userinfo")
			.scope("openid", "email", "profile")
			// The ID token that comes with the code is checked whenever the scope asked for one.
			.idToken(new IdTokenSettings(ISSUER, "https://www.googleapis.com/oauth2/v3/certs", false, false))
			.detailsMapper((response) -> {
				String email = Values.string(response, "email");
				int at = email.indexOf('@');
				return SocialDetails.of((at >= 0) ? email.substring(0, at) : email, email,
						Values.string(response, "name"), Values.string(response, "given_name"),
						Values.string(response, "family_name"));
			})
			.userIdMapper((details, response) -> details.email())
			.build();
	}

}
