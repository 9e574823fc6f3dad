package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Twitch over plain OAuth 2.0 ({@code twitch-oauth2}): user from the Helix API's
 * {@code /helix/users}, asked with the token and the app's {@code Client-Id}; the uid is the
 * user's {@code id}, the username its {@code login}. Helix documents no verification of the
 * email: it counts as unverified.
 * <p>
 * python-social-auth has two backends named {@code twitch}: this {@code TwitchOAuth2} and
 * {@code TwitchOpenIdConnect}, and an application lists one of them. The built-in {@code twitch} is
 * the OpenID Connect one; this one has its own name so that both can be offered. Accounts that
 * python-social-auth stored with {@code TwitchOAuth2} under {@code twitch} hold the same uid (the
 * Twitch user id, also the ID token's {@code sub}) and need their provider renamed to move here.
 *
 * @see <a href="https://dev.twitch.tv/docs/api/reference/#get-users">Twitch API: Get Users</a>
 */
public final class TwitchHelixProvider {

	/** The wire name. */
	public static final String NAME = "twitch-oauth2";

	private TwitchHelixProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://id.twitch.tv/oauth2/authorize")
			.tokenUri("https://id.twitch.tv/oauth2/token")
			.userInfoUri("https://api.twitch.tv/helix/users")
			.scope("user:read:email")
			.userInfoLoader((request) -> {
				Map<String, Object> answer = request.getObject(URI.create(request.userInfoUri()), (headers) -> {
					headers.setBearerAuth(request.accessToken());
					headers.set("Client-Id", request.clientId());
				}, "user info");
				// As python-social-auth: the first of the users, none when the list is empty.
				Map<String, Object> user = new LinkedHashMap<>();
				if (answer.get("data") instanceof List<?> users && !users.isEmpty()
						&& users.get(0) instanceof Map<?, ?> first) {
					first.forEach((key, value) -> user.put(String.valueOf(key), value));
				}
				return user;
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "login"),
					Values.string(response, "email"), "", null, null))
			.build();
	}

}
