package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Kick ({@code kick}), with PKCE by default as in python-social-auth: user from the first entry
 * of {@code https://api.kick.com/public/v1/users}'s {@code data}; the uid is its
 * {@code user_id}, the username and the full name its {@code name}. Kick documents no
 * verification of the email, so it counts as unverified. An answer without a user is refused
 * (python-social-auth would save the uid {@code "None"}, one account for every such login).
 *
 * @see <a href="https://docs.kick.com/getting-started/generating-tokens-oauth2-flow">Kick: OAuth 2.1
 * flow</a>
 */
public final class KickProvider {

	/** The wire name. */
	public static final String NAME = "kick";

	private static final UserInfoLoader BEARER = UserInfoLoader.bearer();

	private KickProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://id.kick.com/oauth/authorize")
			.tokenUri("https://id.kick.com/oauth/token")
			.userInfoUri("https://api.kick.com/public/v1/users")
			.scope("user:read")
			.pkce(true)
			.userInfoLoader((request) -> firstUser(BEARER.load(request)))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "name"),
					Values.string(response, "email"), Values.string(response, "name"), "", ""))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	// The users answer {"data": [user], "message": "..."}; no user leaves no uid.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstUser(Map<String, Object> answer) {
		if (answer.get("data") instanceof List<?> users && !users.isEmpty() && users.get(0) instanceof Map<?, ?> user) {
			return (Map<String, Object>) user;
		}
		return Map.of();
	}

}
