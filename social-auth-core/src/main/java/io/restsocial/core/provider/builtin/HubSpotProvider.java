package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * HubSpot ({@code hubspot}): user from the token's metadata,
 * {@code https://api.hubapi.com/oauth/v1/access-tokens/<token>}; the email is its {@code user}
 * (the HubSpot login); as in python-social-auth no username nor names are read. HubSpot
 * documents no verification of the email, so it counts as unverified.
 * <p>
 * The uid is the metadata's {@code user_id}, where python-social-auth reads an {@code id} that
 * the answer does not have and saves the uid {@code "None"} for every HubSpot user (one account
 * for all of them); an answer without a {@code user_id} is refused.
 *
 * @see <a href="https://developers.hubspot.com/docs/api/oauth/tokens">HubSpot: OAuth tokens</a>
 */
public final class HubSpotProvider {

	/** The wire name. */
	public static final String NAME = "hubspot";

	private HubSpotProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://app.hubspot.com/oauth/authorize")
			.tokenUri("https://api.hubapi.com/oauth/v1/token")
			.userInfoUri("https://api.hubapi.com/oauth/v1/access-tokens")
			.scope("oauth")
			.userInfoLoader((request) -> request.getObject(
					UriComponentsBuilder.fromUriString(request.userInfoUri())
						.pathSegment(request.accessToken())
						.encode()
						.build()
						.toUri(),
					(headers) -> headers.setBearerAuth(request.accessToken()), "token metadata"))
			.detailsMapper((response) -> new SocialDetails("", Values.string(response, "user"), "", "", ""))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

}
