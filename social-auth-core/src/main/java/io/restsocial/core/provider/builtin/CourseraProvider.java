package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Coursera ({@code coursera}): user from {@code /api/externalBasicProfiles.v1?q=me}; the uid
 * and the username are the {@code id} of the first of its {@code elements} that has one, as in
 * python-social-auth. Coursera shares neither an email nor names there. An answer without such
 * an element is refused (python-social-auth would save the uid {@code "None"}, one account for
 * every such login).
 *
 * @see <a href="https://tech.coursera.org/app-platform/oauth2/">Coursera: OAuth 2</a>
 */
public final class CourseraProvider {

	/** The wire name. */
	public static final String NAME = "coursera";

	private CourseraProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://accounts.coursera.org/oauth2/v1/auth")
			.tokenUri("https://accounts.coursera.org/oauth2/v1/token")
			.userInfoUri("https://api.coursera.org/api/externalBasicProfiles.v1")
			.scope("view_profile")
			.scopeSeparator(",")
			.userInfoLoader((request) -> request.getObject(
					UriComponentsBuilder.fromUriString(request.userInfoUri())
						.queryParam("q", "me")
						.build()
						.encode()
						.toUri(),
					(headers) -> headers.setBearerAuth(request.accessToken()), "user info"))
			.detailsMapper((response) -> new SocialDetails(profileId(response), "", "", "", ""))
			.userIdMapper((details, response) -> details.username())
			.build();
	}

	private static String profileId(Map<String, Object> response) {
		if (response.get("elements") instanceof List<?> elements) {
			for (Object element : elements) {
				if (element instanceof Map<?, ?> map && map.containsKey("id")) {
					return Values.string(map, "id");
				}
			}
		}
		return "";
	}

}
