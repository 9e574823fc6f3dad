package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.Map;

import io.restsocial.core.error.ProviderTimeoutException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
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
 * for all of them); an answer without a {@code user_id} is refused. Since the token is part of
 * the metadata URL, it is taken out of the messages of a failed call.
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
			.userInfoLoader(HubSpotProvider::tokenMetadata)
			.detailsMapper((response) -> new SocialDetails("", Values.string(response, "user"), "", "", ""))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	// The token is a segment of the URL, which a transport failure's message names: it is taken
	// out of it, as the query (where other providers' tokens go) never is in it.
	private static Map<String, Object> tokenMetadata(UserInfoRequest request) {
		String token = request.accessToken();
		URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri()).pathSegment(token).build().encode().toUri();
		try {
			return request.getObject(uri, (headers) -> headers.setBearerAuth(token), "token metadata");
		}
		catch (ProviderTimeoutException ex) {
			throw new ProviderTimeoutException(ex.getProvider(), ex.getMessage(),
					redacted(ex.getProviderMessage(), uri));
		}
		catch (ProviderUnavailableException ex) {
			throw new ProviderUnavailableException(ex.getProvider(), ex.getMessage(),
					redacted(ex.getProviderMessage(), uri));
		}
	}

	private static String redacted(String message, URI uri) {
		if (message == null) {
			return null;
		}
		String path = uri.getRawPath();
		String withoutToken = path.substring(0, path.lastIndexOf('/') + 1) + "[token]";
		return message.replace(path, withoutToken);
	}

}
