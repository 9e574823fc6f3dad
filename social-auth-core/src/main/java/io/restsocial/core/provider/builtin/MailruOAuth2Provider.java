package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Mail.ru's platform ({@code mailru-oauth2}): user from the REST API's {@code users.getInfo}
 * ({@code https://www.appsmail.ru/platform/api}), signed as the platform requires: {@code sig}
 * is the MD5 of the sorted {@code name=value} parameters followed by the client secret. The uid
 * is the user's {@code uid}, the username its {@code nick}; the email and names are the
 * platform's, URL-decoded as python-social-auth decodes them. The platform documents no
 * verification of the email, so it counts as unverified.
 *
 * @see <a href="https://api.mail.ru/docs/guides/restapi/">Mail.ru platform: REST API</a>
 */
public final class MailruOAuth2Provider {

	/** The wire name. */
	public static final String NAME = "mailru-oauth2";

	private MailruOAuth2Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://connect.mail.ru/oauth/authorize")
			.tokenUri("https://connect.mail.ru/oauth/token")
			.userInfoUri("https://www.appsmail.ru/platform/api")
			.userInfoLoader(MailruOAuth2Provider::usersGetInfo)
			.detailsMapper((response) -> SocialDetails.of(decoded(response, "nick"), decoded(response, "email"),
					null, decoded(response, "first_name"), decoded(response, "last_name")))
			.userIdMapper(UserIdMapper.key("uid"))
			.build();
	}

	// users.getInfo answers [user], or an {"error": {...}} object.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> usersGetInfo(UserInfoRequest request) {
		Map<String, String> parameters = new TreeMap<>();
		parameters.put("method", "users.getInfo");
		parameters.put("session_key", request.accessToken());
		parameters.put("app_id", request.clientId());
		parameters.put("secure", "1");
		StringBuilder signed = new StringBuilder();
		parameters.forEach((name, value) -> signed.append(name).append('=').append(value));
		Map<String, String> query = new LinkedHashMap<>(parameters);
		query.put("sig", Md5.hex(signed + ((request.clientSecret() != null) ? request.clientSecret() : "")));
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(request.userInfoUri());
		query.forEach(uri::queryParam);
		URI signedUri = uri.build().encode().toUri();
		ProviderResponse response = request.http()
			.get(request.provider(), signedUri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
		List<Object> users = response.status().is2xxSuccessful() ? ResponseParser.parseArray(response.body()) : null;
		if (users == null) {
			// Not a list: the platform's error object, read as the provider's refusal.
			request.read(response, "users.getInfo");
		}
		if (users == null || users.isEmpty() || !(users.get(0) instanceof Map<?, ?> user)) {
			throw new ProviderException(request.provider(), "Mail.ru answered users.getInfo without a user", null);
		}
		return (Map<String, Object>) user;
	}

	private static String decoded(Map<String, Object> response, String key) {
		return UriUtils.decode(Values.string(response, key), StandardCharsets.UTF_8);
	}

}
