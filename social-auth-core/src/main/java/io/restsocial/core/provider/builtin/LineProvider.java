package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * LINE ({@code line}): user from {@code /v2/profile}; the username is the LINE user id.
 */
public final class LineProvider {

	/** The wire name. */
	public static final String NAME = "line";

	private LineProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://access.line.me/oauth2/v2.1/authorize")
			.tokenUri("https://api.line.me/oauth2/v2.1/token")
			.userInfoUri("https://api.line.me/v2/profile")
			.scope("profile")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "userId"), "",
					Values.string(response, "displayName"), null, null))
			.userIdMapper(UserIdMapper.key("userId"))
			.build();
	}

}
