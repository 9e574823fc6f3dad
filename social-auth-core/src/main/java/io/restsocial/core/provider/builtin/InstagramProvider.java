package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Instagram ({@code instagram}): user from the Graph {@code /me} with its id and username, kept
 * under {@code user} as python-social-auth does; Instagram gives no email.
 */
public final class InstagramProvider {

	/** The wire name. */
	public static final String NAME = "instagram";

	private InstagramProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.instagram.com/oauth/authorize")
			.tokenUri("https://api.instagram.com/oauth/access_token")
			.userInfoUri("https://graph.instagram.com/me")
			.userInfoLoader((provider, accessToken, tokenResponse) -> {
				URI uri = UriComponentsBuilder.fromUriString(provider.userInfoUri())
					.queryParam("fields", "id,username")
					.queryParam("access_token", accessToken)
					.encode()
					.build()
					.toUri();
				return Map.of("user", provider.http()
					.get(provider.name(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
					.readObject(provider.name(), "user info"));
			})
			.detailsMapper((response) -> {
				Map<?, ?> user = (response.get("user") instanceof Map<?, ?> map) ? map : Map.of();
				return SocialDetails.of((user.get("username") != null) ? String.valueOf(user.get("username")) : "",
						"", (user.get("full_name") != null) ? String.valueOf(user.get("full_name")) : "", null, null);
			})
			.userIdMapper((details, response) -> (response.get("user") instanceof Map<?, ?> user) ? user.get("id")
					: null)
			.build();
	}

}
