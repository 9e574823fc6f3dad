package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * ArcGIS Online ({@code arcgis}): user from {@code /sharing/rest/community/self}, with the token
 * and {@code f=json} as query parameters; the uid and the username are the ArcGIS
 * {@code username}, the email and names its {@code email}, {@code fullName}, {@code firstName}
 * and {@code lastName}. ArcGIS reports errors in a 200 answer's {@code error} object, which
 * refuses the login. It documents no verification of the email, so it counts as unverified.
 *
 * @see <a href="https://developers.arcgis.com/rest/users-groups-and-items/self/">ArcGIS REST API:
 * portal self</a>
 */
public final class ArcGisProvider {

	/** The wire name. */
	public static final String NAME = "arcgis";

	private ArcGisProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.arcgis.com/sharing/rest/oauth2/authorize")
			.tokenUri("https://www.arcgis.com/sharing/rest/oauth2/token")
			.userInfoUri("https://www.arcgis.com/sharing/rest/community/self")
			.userInfoLoader(UserInfoLoader.query((request) -> Map.of("token", request.accessToken(), "f", "json")))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "fullName"),
					Values.string(response, "firstName"), Values.string(response, "lastName")))
			.userIdMapper(UserIdMapper.key("username"))
			.build();
	}

}
