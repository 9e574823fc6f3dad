package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Zoom ({@code zoom-oauth2}): the token request authenticates with HTTP Basic only (no client in
 * the body); user from {@code /v2/users/me}. As in python-social-auth the uid and the username
 * are the user's {@code id}, the names its {@code first_name} and {@code last_name}, and the full
 * name is empty. The email counts as unverified: Zoom's {@code verified} is documented for the
 * user, not for the address.
 *
 * @see <a href="https://developers.zoom.us/docs/integrations/oauth/">Zoom's OAuth 2.0</a>
 */
public final class ZoomProvider {

	/** The wire name. */
	public static final String NAME = "zoom-oauth2";

	private ZoomProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://zoom.us/oauth/authorize")
			.tokenUri("https://zoom.us/oauth/token")
			.userInfoUri("https://api.zoom.us/v2/users/me")
			.scope("user:read")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest((client) -> client
				.setParametersCustomizer((parameters) -> parameters.remove(OAuth2ParameterNames.CLIENT_ID)))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "id"),
					Values.string(response, "email"), "", Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.build();
	}

}
