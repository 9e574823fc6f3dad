package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * VK ({@code vk-oauth2}): user from {@code users.get}, email from the token response (VK answers
 * it there).
 */
public final class VkProvider {

	/** The wire name. */
	public static final String NAME = "vk-oauth2";

	/** The VK API version asked for. */
	public static final String API_VERSION = "5.131";

	private VkProvider() {
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
			.userInfoLoader((provider, accessToken, tokenResponse) -> {
				URI uri = UriComponentsBuilder.fromUriString(provider.userInfoUri())
					.queryParam("fields", "screen_name,photo")
					.queryParam("v", API_VERSION)
					.queryParam("access_token", accessToken)
					.encode()
					.build()
					.toUri();
				Map<String, Object> answer = provider.http()
					.get(provider.name(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
					.readObject(provider.name(), "user info");
				if (!(answer.get("response") instanceof List<?> users) || users.isEmpty()
						|| !(users.get(0) instanceof Map<?, ?> user)) {
					throw new ProviderException(provider.name(), "VK answered users.get without a user", null);
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> first = (Map<String, Object>) user;
				return first;
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "screen_name"),
					Values.string(response, "email"), null, Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.build();
	}

}
