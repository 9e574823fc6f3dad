package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Sketchfab ({@code sketchfab}): user from {@code /v2/users/me}; the uid is its {@code uid}, the
 * username its {@code username}, and the names split from {@code displayName}. Sketchfab
 * documents no verification of the email: it counts as unverified.
 *
 * @see <a href="https://sketchfab.com/developers/oauth">Sketchfab's OAuth 2.0</a>
 */
public final class SketchfabProvider {

	/** The wire name. */
	public static final String NAME = "sketchfab";

	private SketchfabProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://sketchfab.com/oauth2/authorize/")
			.tokenUri("https://sketchfab.com/oauth2/token/")
			.userInfoUri("https://sketchfab.com/v2/users/me")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "displayName"), null, null))
			.userIdMapper(UserIdMapper.key("uid"))
			.build();
	}

}
