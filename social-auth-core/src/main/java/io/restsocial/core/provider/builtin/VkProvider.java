package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * VK ({@code vk-oauth2}): user from {@code users.get}, email from the token response (VK answers
 * it there); VK documents no verification of it, so it counts as unverified.
 */
public final class VkProvider {

	/** The wire name. */
	public static final String NAME = "vk-oauth2";

	/** The VK API version asked for. */
	public static final String API_VERSION = "5.131";

	private static final UserInfoLoader USERS_GET = UserInfoLoader.query((request) -> Map.of("fields",
			"screen_name,photo", "v", API_VERSION, "access_token", request.accessToken()));

	private VkProvider() {
	}

	// users.get answers {"response": [user]}.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstUser(String provider, Map<String, Object> answer) {
		if (!(answer.get("response") instanceof List<?> users) || users.isEmpty()
				|| !(users.get(0) instanceof Map<?, ?> user)) {
			throw new ProviderException(provider, "VK answered users.get without a user", null);
		}
		return (Map<String, Object>) user;
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://oauth.vk.ru/authorize")
			.tokenUri("https://oauth.vk.ru/access_token")
			.userInfoUri("https://api.vk.ru/method/users.get")
			.userInfoLoader((request) -> firstUser(request.provider(), USERS_GET.load(request)))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "screen_name"),
					Values.string(response, "email"), null, Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.build();
	}

}
