package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Dailymotion ({@code dailymotion}): user from {@code https://api.dailymotion.com/auth/} with
 * the token as a query parameter; the username is the {@code screenname}. Dailymotion shares
 * neither an email nor names there.
 * <p>
 * The uid is Dailymotion's {@code id}, which never changes. python-social-auth's uid is the
 * screen name, which the user may change (and another user may then take); as for Google, the
 * default here is therefore the safe one, and an application whose accounts were stored by
 * python-social-auth sets {@code use-unique-user-id: false} to keep finding them.
 *
 * @see <a href="https://developers.dailymotion.com/api/platform-api/authentication/">Dailymotion:
 * authentication</a>
 */
public final class DailymotionProvider {

	/** The wire name. */
	public static final String NAME = "dailymotion";

	private DailymotionProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.dailymotion.com/oauth/authorize")
			.tokenUri("https://api.dailymotion.com/oauth/token")
			.userInfoUri("https://api.dailymotion.com/auth/")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "screenname"), "", "", "", ""))
			.userIdMapper((details, response) -> details.username())
			.uniqueUserIdMapper(UserIdMapper.key("id"))
			.build();
	}

}
