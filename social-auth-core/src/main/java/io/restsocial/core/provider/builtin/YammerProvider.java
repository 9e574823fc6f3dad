package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.client.RestClient;

/**
 * Yammer ({@code yammer}, now Viva Engage): the token answer holds the user, and its
 * {@code access_token} is an object whose {@code token} is the access token; no other call is
 * made. As in python-social-auth the uid is the user's {@code id}, the username its
 * {@code name}, the email the first of its {@code contact.email_addresses}, and the names its
 * {@code full_name}, {@code first_name} and {@code last_name}. Yammer documents no verification
 * of the email: it counts as unverified.
 *
 * @see <a href="https://learn.microsoft.com/en-us/rest/api/yammer/app-registration">Yammer's app
 * registration</a>
 */
public final class YammerProvider {

	/** The wire name. */
	public static final String NAME = "yammer";

	private YammerProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.yammer.com/dialog/oauth")
			.tokenUri("https://www.yammer.com/oauth2/access_token")
			.tokenResponseClient((restClient) -> new ShapedTokenResponseClient(NAME,
					ProviderResponse.Errors.RFC_6749, restClient, YammerProvider::tokenRequest,
					(fields) -> {
						Map<String, Object> reshaped = new LinkedHashMap<>(fields);
						reshaped.put("access_token", Values.map(fields, "access_token").get("token"));
						return reshaped;
					}))
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "user");
				return SocialDetails.of(Values.string(user, "name"), email(Values.map(user, "contact")),
						Values.string(user, "full_name"), Values.string(user, "first_name"),
						Values.string(user, "last_name"));
			})
			.userIdMapper((details, response) -> Values.map(response, "user").get("id"))
			.build();
	}

	// RFC 6749's form POST, the client in the body, as python-social-auth sends it.
	private static RestClient.RequestHeadersSpec<?> tokenRequest(RestClient restClient,
			OAuth2AuthorizationCodeGrantRequest grantRequest) {
		ClientRegistration registration = grantRequest.getClientRegistration();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", grantRequest.getAuthorizationExchange().getAuthorizationResponse().getCode());
		String redirectUri = grantRequest.getAuthorizationExchange().getAuthorizationRequest().getRedirectUri();
		if (redirectUri != null) {
			form.put("redirect_uri", redirectUri);
		}
		form.put("client_id", registration.getClientId());
		form.put("client_secret", registration.getClientSecret());
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		byte[] bytes = body.toString().getBytes(StandardCharsets.US_ASCII);
		return restClient.post()
			.uri(URI.create(registration.getProviderDetails().getTokenUri()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.contentLength(bytes.length)
			.body((StreamingHttpOutputMessage.Body) (output) -> output.write(bytes));
	}

	private static String email(Map<?, ?> contact) {
		if (contact.get("email_addresses") instanceof List<?> addresses && !addresses.isEmpty()
				&& addresses.get(0) instanceof Map<?, ?> first) {
			return Values.string(first, "address");
		}
		return "";
	}

}
