package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Box ({@code box}): user from {@code https://api.box.com/2.0/users/me} with the token as a
 * query parameter, as python-social-auth calls it. The uid is the user's {@code id}; the
 * username and the email are its {@code login}; the names are split from {@code name}. Box
 * documents no verification of the login email, so it counts as unverified.
 *
 * @see <a href="https://developer.box.com/guides/authentication/oauth2/">Box: OAuth 2.0</a>
 */
public final class BoxProvider {

	/** The wire name. */
	public static final String NAME = "box";

	private BoxProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.box.com/api/oauth2/authorize")
			.tokenUri("https://www.box.com/api/oauth2/token")
			.userInfoUri("https://api.box.com/2.0/users/me")
			.scopeSeparator(",")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "login"),
					Values.string(response, "login"), Values.string(response, "name"), null, null))
			.build();
	}

}
