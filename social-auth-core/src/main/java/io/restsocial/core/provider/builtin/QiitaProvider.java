package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.client.RestClient;

/**
 * Qiita ({@code qiita}): the token request is a JSON POST of {@code client_id},
 * {@code client_secret} and {@code code} alone (no {@code grant_type} nor {@code redirect_uri}),
 * answered {@code 201} with the access token as {@code token}; user from
 * {@code /api/v2/authenticated_user}. As in python-social-auth the username is the user's
 * {@code id} (the Qiita login name), and the names are split from its {@code name}; Qiita gives
 * no email.
 * <p>
 * The uid is the user's {@code permanent_id}, which never changes, as with python-social-auth's
 * {@code IDENTIFIED_BY_PERMANENT_ID}: the {@code id} is a login name, and a name given up could
 * come to name another person. An application whose accounts python-social-auth stored by
 * {@code id} sets {@code use-unique-user-id: false}; either way a user without the id in use
 * cannot log in.
 *
 * @see <a href="https://qiita.com/api/v2/docs#post-apiv2access_tokens">Qiita's access tokens</a>
 */
public final class QiitaProvider {

	/** The wire name. */
	public static final String NAME = "qiita";

	/** How Qiita reports errors: a 4xx status whose body has a {@code type} and a {@code message}. */
	public static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors
		.of((fields) -> fields.get("error") != null, "type", "message", "error");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private QiitaProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://qiita.com/api/v2/oauth/authorize")
			.tokenUri("https://qiita.com/api/v2/access_tokens")
			.userInfoUri("https://qiita.com/api/v2/authenticated_user")
			.tokenResponseClient((restClient) -> new ShapedTokenResponseClient(NAME, ERRORS, restClient,
					QiitaProvider::tokenRequest, (fields) -> {
						Map<String, Object> reshaped = new LinkedHashMap<>(fields);
						reshaped.put("access_token", fields.get("token"));
						return reshaped;
					}))
			.errors(ERRORS)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "id"), "",
					Values.string(response, "name"), null, null))
			.uniqueUserIdMapper(UserIdMapper.key("permanent_id"))
			.build();
	}

	private static RestClient.RequestHeadersSpec<?> tokenRequest(RestClient restClient,
			OAuth2AuthorizationCodeGrantRequest grantRequest) {
		ClientRegistration registration = grantRequest.getClientRegistration();
		Map<String, String> body = new LinkedHashMap<>();
		body.put("client_id", registration.getClientId());
		body.put("client_secret", registration.getClientSecret());
		body.put("code", grantRequest.getAuthorizationExchange().getAuthorizationResponse().getCode());
		byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		return restClient.post()
			.uri(URI.create(registration.getProviderDetails().getTokenUri()))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.contentLength(json.length)
			.body((StreamingHttpOutputMessage.Body) (output) -> output.write(json));
	}

}
