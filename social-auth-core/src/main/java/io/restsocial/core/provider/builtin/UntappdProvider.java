package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Untappd ({@code untappd}): the token request is a GET with every parameter in the query, the
 * redirect URI as {@code redirect_url}; every answer is wrapped, its data under
 * {@code response} and its status under {@code meta} (an error is a {@code meta.http_code} other
 * than 200, {@code meta.error_detail} its text). User from {@code /v4/user/info/} with the token
 * as {@code access_token}. As in python-social-auth the uid is the user's {@code id}, the
 * username its {@code user_name}, the email its {@code settings.email_address}, and the names
 * its {@code first_name} and {@code last_name}. Untappd documents no verification of the email:
 * it counts as unverified.
 * <p>
 * Untappd's authorization page also wants the redirect URI as {@code redirect_url}: the
 * front-end that builds the authorization URL names it so.
 *
 * @see <a href="https://untappd.com/api/docs#authentication">Untappd's authentication</a>
 */
public final class UntappdProvider {

	/** The wire name. */
	public static final String NAME = "untappd";

	/** How Untappd reports errors: a {@code meta.http_code} other than 200. */
	public static final ProviderResponse.Errors ERRORS = new ProviderResponse.Errors() {

		@Override
		public boolean isError(Map<String, Object> fields) {
			Object code = Values.map(fields, "meta").get("http_code");
			return (code != null && !"200".equals(String.valueOf(code))) || fields.get("error") != null;
		}

		@Override
		public String text(Map<String, Object> fields) {
			String detail = Values.string(Values.map(fields, "meta"), "error_detail");
			return detail.isEmpty() ? ProviderResponse.Errors.RFC_6749.text(fields) : detail;
		}

	};

	private static final UserInfoLoader USER_INFO = UserInfoLoader
		.query((request) -> Map.of("access_token", request.accessToken(), "compact", "true"));

	private UntappdProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://untappd.com/oauth/authenticate/")
			.tokenUri("https://untappd.com/oauth/authorize/")
			.userInfoUri("https://api.untappd.com/v4/user/info/")
			.errors(ERRORS)
			.tokenResponseClient((restClient) -> new ShapedTokenResponseClient(NAME, ERRORS, restClient,
					UntappdProvider::tokenRequest, UntappdProvider::unwrap))
			.userInfoLoader((request) -> {
				Map<String, Object> user = unwrap(USER_INFO.load(request));
				if (user.isEmpty()) {
					throw new ProviderException(request.provider(), "Untappd answered the user info without a user",
							null);
				}
				return user;
			})
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "user");
				return SocialDetails.of(Values.string(user, "user_name"),
						Values.string(Values.map(user, "settings"), "email_address"), null,
						Values.string(user, "first_name"), Values.string(user, "last_name"));
			})
			.userIdMapper((details, response) -> Values.map(response, "user").get("id"))
			.build();
	}

	private static RestClient.RequestHeadersSpec<?> tokenRequest(RestClient restClient,
			OAuth2AuthorizationCodeGrantRequest grantRequest) {
		ClientRegistration registration = grantRequest.getClientRegistration();
		OAuth2AuthorizationExchange exchange = grantRequest.getAuthorizationExchange();
		// The client secret travels in the query, as Untappd requires; the URL is never logged.
		URI uri = UriComponentsBuilder.fromUriString(registration.getProviderDetails().getTokenUri())
			.queryParam("response_type", "code")
			.queryParam("code", exchange.getAuthorizationResponse().getCode())
			.queryParam("client_id", registration.getClientId())
			.queryParam("client_secret", registration.getClientSecret())
			.queryParam("redirect_url", exchange.getAuthorizationRequest().getRedirectUri())
			.build()
			.encode()
			.toUri();
		return restClient.get().uri(uri).accept(MediaType.APPLICATION_JSON);
	}

	// Untappd's data is under "response".
	private static Map<String, Object> unwrap(Map<String, Object> answer) {
		Map<String, Object> data = new LinkedHashMap<>();
		Values.map(answer, "response").forEach((key, value) -> data.put(String.valueOf(key), value));
		return data;
	}

}
