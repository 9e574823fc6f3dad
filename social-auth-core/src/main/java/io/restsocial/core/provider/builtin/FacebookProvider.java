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
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.AccessTokenVerification;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.QueryTokenResponseClient;
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

	/**
	 * How Graph reports errors: an {@code error} object whose {@code message} is the text.
	 */
	public static final ProviderResponse.Errors ERRORS = new ProviderResponse.Errors() {

		@Override
		public boolean isError(Map<String, Object> fields) {
			return fields.get("error") != null;
		}

		@Override
		public String text(Map<String, Object> fields) {
			return (fields.get("error") instanceof Map<?, ?> error && error.get("message") instanceof String message)
					? message : ProviderResponse.Errors.RFC_6749.text(fields);
		}

	};

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
			// As python-social-auth: the code is exchanged with a GET, every parameter in the query.
			.tokenResponseClient(QueryTokenResponseClient::new)
			.errors(ERRORS)
			.userInfoLoader(UserInfoLoader.query((request) -> Map.of("fields", FIELDS, "access_token",
					request.accessToken(), "appsecret_proof", appSecretProof(request.clientSecret(), request.accessToken()))))
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
	private static void debugToken(AccessTokenVerification verification) {
		URI uri = UriComponentsBuilder
			.fromUriString(verification.setting("debug-token-uri",
					"https://graph.facebook.com/" + API_VERSION + "/debug_token"))
			.queryParam("input_token", verification.accessToken())
			.queryParam("access_token", verification.clientId() + "|" + verification.clientSecret())
			.build()
			.encode()
			.toUri();
		Map<String, Object> answer = verification.http()
			.get(verification.provider(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
			.readObject(verification.provider(), "debug_token", ERRORS);
		Object data = answer.get("data");
		if (!(data instanceof Map<?, ?> token) || !Boolean.TRUE.equals(token.get("is_valid"))
				|| !verification.clientId().equals(String.valueOf(token.get("app_id")))) {
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
