package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Instagram ({@code instagram}): user from the Graph {@code /me} with its id and username, kept
 * under {@code user} as python-social-auth does; Instagram gives no email.
 */
public final class InstagramProvider {

	/** The wire name. */
	public static final String NAME = "instagram";

	private static final UserInfoLoader ME = UserInfoLoader
		.query((request) -> Map.of("fields", "id,username", "access_token", request.accessToken()));

	private InstagramProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.instagram.com/oauth/authorize")
			.tokenUri("https://api.instagram.com/oauth/access_token")
			.userInfoUri("https://graph.instagram.com/me")
			// python-social-auth keeps the user under "user".
			.userInfoLoader((request) -> Map.of("user", ME.load(request)))
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "user");
				return SocialDetails.of(Values.string(user, "username"), "", Values.string(user, "full_name"), null,
						null);
			})
			.userIdMapper((details, response) -> Values.map(response, "user").get("id"))
			.build();
	}

}
