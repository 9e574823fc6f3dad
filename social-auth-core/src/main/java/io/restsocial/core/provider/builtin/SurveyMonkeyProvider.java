package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * SurveyMonkey ({@code surveymonkey}): user from {@code /v3/users/me} on the API host the token
 * response names in its {@code access_url} (SurveyMonkey's data centres: {@code .com},
 * {@code .eu}, {@code .ca}); the uid is the user's {@code id}, the username its
 * {@code username}, the names its {@code first_name} and {@code last_name}. SurveyMonkey
 * documents no verification of the email: it counts as unverified.
 * <p>
 * The access token goes only to an {@code https} host of SurveyMonkey's: an {@code access_url}
 * elsewhere is ignored for the default host. A user-info URI set on the registration wins over
 * both.
 *
 * @see <a href="https://api.surveymonkey.com/v3/docs#authentication">SurveyMonkey's
 * authentication</a>
 */
public final class SurveyMonkeyProvider {

	/** The wire name. */
	public static final String NAME = "surveymonkey";

	/** The default user-info URI, on the US data centre. */
	public static final String USER_INFO_URI = "https://api.surveymonkey.com/v3/users/me";

	private static final String USER_PATH = "/v3/users/me";

	private SurveyMonkeyProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.surveymonkey.com/oauth/authorize")
			.tokenUri("https://api.surveymonkey.com/oauth/token")
			.userInfoUri(USER_INFO_URI)
			.userInfoLoader((request) -> request.getObject(userUri(request),
					(headers) -> headers.setBearerAuth(request.accessToken()), "user info"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), null, Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.build();
	}

	private static URI userUri(UserInfoRequest request) {
		if (USER_INFO_URI.equals(request.userInfoUri())
				&& request.tokenResponse().get("access_url") instanceof String accessUrl) {
			URI api = UriComponentsBuilder.fromUriString(accessUrl).build().toUri();
			String host = (api.getHost() != null) ? api.getHost() : "";
			if ("https".equals(api.getScheme()) && (host.equals("api.surveymonkey.com")
					|| host.endsWith(".surveymonkey.com") || host.endsWith(".surveymonkey.ca"))) {
				return URI.create("https://" + host + USER_PATH);
			}
		}
		return URI.create(request.userInfoUri());
	}

}
