package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Clever ({@code clever}): {@code /v3.0/me} names the user, whose record is then read from
 * {@code /v3.0/users/<id>} (the {@code users-uri} setting overrides its base); the uid is
 * {@code data.id}, the username the {@code district_username} of the user's first role, else the
 * email's local part, and the names {@code data.name.first} and {@code data.name.last}. The email
 * is whatever the district recorded: it counts as unverified.
 *
 * @see <a href="https://dev.clever.com/docs/classroom-with-oauth">Clever: log in with Clever</a>
 */
public final class CleverProvider {

	/** The wire name. */
	public static final String NAME = "clever";

	/** The setting that overrides the base URL of the user records. */
	public static final String USERS_URI = "users-uri";

	private CleverProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://clever.com/oauth/authorize")
			.tokenUri("https://clever.com/oauth/tokens")
			.userInfoUri("https://api.clever.com/v3.0/me")
			.userInfoLoader(CleverProvider::loadUser)
			.detailsMapper(CleverProvider::details)
			.userIdMapper((details, response) -> Values.map(response, "data").get("id"))
			.build();
	}

	private static Map<String, Object> loadUser(UserInfoRequest request) {
		Map<String, Object> me = request.getObject(URI.create(request.userInfoUri()),
				(headers) -> headers.setBearerAuth(request.accessToken()), "user info");
		String id = Values.string(Values.map(me, "data"), "id");
		if (id.isEmpty()) {
			throw new ProviderException(request.provider(), "Clever answered /me without the user's id", null);
		}
		URI user = UriComponentsBuilder
			.fromUriString(request.setting(USERS_URI, "https://api.clever.com/v3.0/users"))
			.pathSegment(id)
			.build()
			.encode()
			.toUri();
		return request.getObject(user, (headers) -> headers.setBearerAuth(request.accessToken()), "user");
	}

	private static SocialDetails details(Map<String, Object> response) {
		Map<?, ?> data = Values.map(response, "data");
		String email = Values.string(data, "email");
		String username = "";
		Map<?, ?> roles = Values.map(data, "roles");
		if (!roles.isEmpty() && roles.values().iterator().next() instanceof Map<?, ?> role) {
			username = Values.string(Values.map(role, "credentials"), "district_username");
		}
		if (username.isEmpty()) {
			int at = email.indexOf('@');
			username = (at >= 0) ? email.substring(0, at) : email;
		}
		Map<?, ?> name = Values.map(data, "name");
		return SocialDetails.of(username, email, null, Values.string(name, "first"), Values.string(name, "last"));
	}

}
