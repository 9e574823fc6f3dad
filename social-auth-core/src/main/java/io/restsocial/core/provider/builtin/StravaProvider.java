package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Strava ({@code strava}): the token response holds the {@code athlete}, whose {@code id} is the
 * uid; {@code /api/v3/athlete} is read too, with the token as {@code access_token}, as
 * python-social-auth does. The username is the athlete's {@code username}, the names its
 * {@code firstname} and {@code lastname}; Strava gives no email.
 *
 * @see <a href="https://developers.strava.com/docs/authentication/">Strava's authentication</a>
 */
public final class StravaProvider {

	/** The wire name. */
	public static final String NAME = "strava";

	private StravaProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.strava.com/oauth/authorize")
			.tokenUri("https://www.strava.com/oauth/token")
			.userInfoUri("https://www.strava.com/api/v3/athlete")
			.scopeSeparator(",")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> {
				Map<?, ?> athlete = Values.map(response, "athlete");
				return SocialDetails.of(Values.string(athlete, "username"), "", null,
						Values.string(athlete, "firstname"), Values.string(athlete, "lastname"));
			})
			.userIdMapper((details, response) -> Values.map(response, "athlete").get("id"))
			.build();
	}

}
