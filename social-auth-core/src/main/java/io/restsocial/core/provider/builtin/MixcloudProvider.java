package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Mixcloud ({@code mixcloud}): user from {@code https://api.mixcloud.com/me/} with the token and
 * {@code alt=json} as query parameters; as in python-social-auth the uid and the username are
 * the {@code username}, the names are split from {@code name}. Mixcloud shares no email.
 *
 * @see <a href="https://www.mixcloud.com/developers/#authorization">Mixcloud API: authorization</a>
 */
public final class MixcloudProvider {

	/** The wire name. */
	public static final String NAME = "mixcloud";

	private MixcloudProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.mixcloud.com/oauth/authorize")
			.tokenUri("https://www.mixcloud.com/oauth/access_token")
			.userInfoUri("https://api.mixcloud.com/me/")
			.userInfoLoader(
					UserInfoLoader.query((request) -> Map.of("access_token", request.accessToken(), "alt", "json")))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"), "",
					Values.string(response, "name"), null, null))
			.userIdMapper((details, response) -> details.username())
			.build();
	}

}
