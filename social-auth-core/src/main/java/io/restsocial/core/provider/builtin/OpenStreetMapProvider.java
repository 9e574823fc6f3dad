package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * OpenStreetMap ({@code openstreetmap-oauth2}), with PKCE by default as in python-social-auth:
 * user from {@code /api/0.6/user/details.json}, whose {@code user} object gives the uid
 * ({@code id}) and the username ({@code display_name}). OpenStreetMap shares neither an email nor
 * names.
 *
 * @see <a href="https://wiki.openstreetmap.org/wiki/OAuth">OpenStreetMap wiki: OAuth</a>
 */
public final class OpenStreetMapProvider {

	/** The wire name. */
	public static final String NAME = "openstreetmap-oauth2";

	private static final UserInfoLoader BEARER = UserInfoLoader.bearer();

	private OpenStreetMapProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.openstreetmap.org/oauth2/authorize")
			.tokenUri("https://www.openstreetmap.org/oauth2/token")
			.userInfoUri("https://api.openstreetmap.org/api/0.6/user/details.json")
			.scope("read_prefs")
			.pkce(true)
			.userInfoLoader((request) -> user(request.provider(), BEARER.load(request)))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "display_name"), "", "", "", ""))
			.build();
	}

	// The user details answer {"version": ..., "user": {"id": ..., "display_name": ...}}.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> user(String provider, Map<String, Object> answer) {
		if (!(answer.get("user") instanceof Map<?, ?> user)) {
			throw new ProviderException(provider, "OpenStreetMap answered the user details without a user", null);
		}
		return (Map<String, Object>) user;
	}

}
