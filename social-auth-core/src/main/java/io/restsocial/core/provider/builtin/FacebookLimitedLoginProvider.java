package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Facebook Limited Login ({@code facebook-limited-login}): the iOS SDK's authentication token, an
 * OpenID Connect ID token of issuer {@code https://www.facebook.com}, which the app sends as
 * {@code id_token} and which is validated against Facebook's keys, with no call to Facebook. The
 * uid is its {@code sub}; there is no username; the email and name are its {@code email} and
 * {@code name} (the names split from it), and Facebook does not say the email is verified.
 * <p>
 * As in python-social-auth the nonce is not the server's: the app makes it for the SDK, so states
 * issue none and a token's nonce is not checked. python-social-auth takes the token as
 * {@code access_token}; here it is the {@code id_token} field, as every ID token login.
 *
 * @see <a href="https://developers.facebook.com/docs/facebook-login/limited-login/token/validating">Validating
 * the Limited Login OIDC token</a>
 */
public final class FacebookLimitedLoginProvider {

	/** The wire name. */
	public static final String NAME = "facebook-limited-login";

	/** The issuer of Limited Login tokens. */
	public static final String ISSUER = "https://www.facebook.com";

	private FacebookLimitedLoginProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			// Facebook's discovery document and python-social-auth's ACCESS_TOKEN_URL: Limited Login
			// has no code flow, but a definition names both.
			.authorizationUri("https://facebook.com/dialog/oauth/")
			.tokenUri("https://facebook.com/dialog/oauth/")
			.idToken(new IdTokenSettings(ISSUER, ISSUER + "/.well-known/oauth/openid/jwks/", false, true, false))
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((claims) -> SocialDetails.of("", Values.string(claims, "email"),
					Values.string(claims, "name"), null, null))
			.userIdMapper(UserIdMapper.key("sub"))
			.build();
	}

}
