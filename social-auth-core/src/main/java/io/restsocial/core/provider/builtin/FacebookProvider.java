package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.oauth2.ClientAuthenticationMethod;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Facebook ({@code facebook}): the code is exchanged with a GET, and {@code /me} is asked for its
 * fields with an {@code appsecret_proof}. Graph documents no verification of the email: it counts
 * as unverified.
 *
 * @see <a href="https://developers.facebook.com/docs/graph-api/securing-requests">Securing Graph API
 * requests</a>
 */
public final class FacebookProvider {

	/** The wire name. */
	public static final String NAME = "facebook";

	/** The Graph API version of the default endpoints. */
	public static final String API_VERSION = "v24.0";

	/** The {@code /me} fields asked for; without them Graph answers only id and name. */
	public static final String FIELDS = "id,name,email,first_name,last_name";

	private FacebookProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.facebook.com/" + API_VERSION + "/dialog/oauth")
			.tokenUri("https://graph.facebook.com/" + API_VERSION + "/oauth/access_token")
			.userInfoUri("https://graph.facebook.com/" + API_VERSION + "/me")
			.scopeSeparator(",")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_QUERY)
			.userInfoLoader(UserInfoLoader.query((provider, accessToken, tokenResponse) -> Map.of("fields", FIELDS,
					"access_token", accessToken, "appsecret_proof", appSecretProof(provider.clientSecret(), accessToken))))
			.accessTokenVerifier(FacebookProvider::debugToken)
			.detailsMapper((response) -> {
				String name = Values.string(response, "name");
				String username = response.containsKey("username") ? Values.string(response, "username") : name;
				return SocialDetails.of(username, Values.string(response, "email"), name,
						Values.string(response, "first_name"), Values.string(response, "last_name"));
			})
			.build();
	}

	// Graph's debug_token: the token must be valid and issued to this app.
	private static void debugToken(OAuth2Provider provider, String accessToken) {
		URI uri = UriComponentsBuilder
			.fromUriString(provider.setting("debug-token-uri", "https://graph.facebook.com/" + API_VERSION + "/debug_token"))
			.queryParam("input_token", accessToken)
			.queryParam("access_token", provider.clientId() + "|" + provider.clientSecret())
			.encode()
			.build()
			.toUri();
		Map<String, Object> answer = provider.http()
			.get(provider.name(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
			.readObject(provider.name(), "debug_token");
		Object data = answer.get("data");
		if (!(data instanceof Map<?, ?> token) || !Boolean.TRUE.equals(token.get("is_valid"))
				|| !provider.clientId().equals(String.valueOf(token.get("app_id")))) {
			throw new InvalidRequestException(
					"The Facebook access token is not valid, or was issued to another app", "access_token");
		}
	}

	/**
	 * The {@code appsecret_proof}: the hex HMAC-SHA256 of the access token keyed by the app secret.
	 * @param appSecret the app secret
	 * @param accessToken the access token
	 * @return the proof
	 */
	public static String appSecretProof(String appSecret, String accessToken) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(String.valueOf(appSecret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
