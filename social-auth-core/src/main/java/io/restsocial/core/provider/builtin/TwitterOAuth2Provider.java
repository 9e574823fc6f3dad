package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * X (Twitter) over OAuth 2.0 with PKCE ({@code twitter-oauth2}): credentials as HTTP Basic, user
 * from {@code /2/users/me} under {@code data}; X gives no email.
 */
public final class TwitterOAuth2Provider {

	/** The wire name. */
	public static final String NAME = "twitter-oauth2";

	private TwitterOAuth2Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://twitter.com/i/oauth2/authorize")
			.tokenUri("https://api.twitter.com/2/oauth2/token")
			.userInfoUri("https://api.twitter.com/2/users/me")
			.scope("users.read", "tweet.read")
			.pkce(true)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.userInfoLoader((request) -> {
				URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri())
					.queryParam("user.fields", "id,name,username,profile_image_url")
					.build()
					.encode()
					.toUri();
				Map<String, Object> answer = request.getObject(uri,
						(headers) -> headers.setBearerAuth(request.accessToken()), "user info");
				@SuppressWarnings("unchecked")
				Map<String, Object> data = (answer.get("data") instanceof Map<?, ?> map) ? (Map<String, Object>) map
						: Map.of();
				return data;
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"), "",
					Values.string(response, "name"), null, null))
			.build();
	}

}
