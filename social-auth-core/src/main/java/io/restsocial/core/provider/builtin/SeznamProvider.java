package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Seznam.cz ({@code seznam-oauth2}): user from {@code https://login.szn.cz/api/v1/user} (the
 * user-info URI, python-social-auth's {@code API_URL}); the uid is {@code oauth_user_id}, the
 * username and email are Seznam's, the names its {@code firstname} and {@code lastname}. Seznam
 * documents no verification of the email, so it counts as unverified.
 *
 * @see <a href="https://vyvojari.seznam.cz/oauth/doc">Seznam: OAuth 2.0 documentation</a>
 */
public final class SeznamProvider {

	/** The wire name. */
	public static final String NAME = "seznam-oauth2";

	private SeznamProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.szn.cz/api/v1/oauth/auth")
			.tokenUri("https://login.szn.cz/api/v1/oauth/token")
			.userInfoUri("https://login.szn.cz/api/v1/user")
			.scope("identity")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "name"),
					Values.string(response, "firstname"), Values.string(response, "lastname")))
			.userIdMapper(UserIdMapper.key("oauth_user_id"))
			.build();
	}

}
