package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Spotify ({@code spotify}): credentials both as HTTP Basic and in the body; the username is the
 * Spotify id. Spotify documents its email as unverified, and so it counts.
 */
public final class SpotifyProvider {

	/** The wire name. */
	public static final String NAME = "spotify";

	private SpotifyProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://accounts.spotify.com/authorize")
			.tokenUri("https://accounts.spotify.com/api/token")
			.userInfoUri("https://api.spotify.com/v1/me")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(TokenRequests.clientCredentialsInBody())
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "id"),
					Values.string(response, "email"), Values.string(response, "display_name"), null, null))
			.build();
	}

}
