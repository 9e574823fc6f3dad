package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;

/**
 * GitHub ({@code github}): user from {@code /user}, and the addresses of {@code /user/emails}
 * (which needs the {@code user:email} scope): the profile's email, else the primary address. The
 * email counts as verified when {@code /user/emails} lists it as {@code verified}; without that
 * list (no scope, or the call failed) it does not.
 *
 * @see <a href="https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps">GitHub
 * OAuth apps</a>
 * @see <a href="https://docs.github.com/en/rest/users/emails">GitHub's email addresses API</a>
 */
public final class GitHubProvider {

	/** The wire name. */
	public static final String NAME = "github";

	// Where the loader keeps /user/emails in the response, for the details mapper.
	private static final String EMAILS = "emails";

	private GitHubProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://github.com/login/oauth/authorize")
			.tokenUri("https://github.com/login/oauth/access_token")
			.userInfoUri("https://api.github.com/user")
			.scopeSeparator(",")
			.userInfoLoader(GitHubProvider::loadUser)
			.detailsMapper((response) -> {
				String email = Values.string(response, "email");
				return SocialDetails
					.of(Values.string(response, "login"), email, Values.string(response, "name"), null, null)
					.withEmailVerified(isVerified(response.get(EMAILS), email));
			})
			.build();
	}

	private static Map<String, Object> loadUser(UserInfoRequest request) {
		Map<String, Object> user = new HashMap<>(request.read(call(request, request.userInfoUri()), "user info"));
		List<Object> emails = emails(request);
		user.put(EMAILS, emails);
		if (Values.string(user, "email").isEmpty()) {
			user.put("email", primaryEmail(emails));
		}
		return user;
	}

	// As python-social-auth: a failing /emails call leaves the email as it is rather than failing the login.
	private static List<Object> emails(UserInfoRequest request) {
		ProviderResponse response;
		try {
			response = call(request, request.userInfoUri() + "/emails");
		}
		catch (ProviderException ex) {
			return List.of();
		}
		List<Object> emails = response.status().is2xxSuccessful() ? ResponseParser.parseArray(response.body())
				: null;
		return (emails != null) ? emails : List.of();
	}

	// The primary address, a verified one first.
	private static String primaryEmail(List<Object> emails) {
		if (emails.isEmpty()) {
			return "";
		}
		Object chosen = emails.stream()
			.filter((email) -> email instanceof Map<?, ?> map && Values.isTrue(map, "primary")
					&& Values.isTrue(map, "verified"))
			.findFirst()
			.or(() -> emails.stream()
				.filter((email) -> !(email instanceof Map<?, ?> map) || Values.isTrue(map, "primary"))
				.findFirst())
			.orElse(emails.get(0));
		return (chosen instanceof Map<?, ?> map) ? Values.string(map, "email") : String.valueOf(chosen);
	}

	private static boolean isVerified(Object emails, String email) {
		return !email.isEmpty() && emails instanceof List<?> list
				&& list.stream()
					.anyMatch((entry) -> entry instanceof Map<?, ?> map && Values.isTrue(map, "verified")
							&& email.equalsIgnoreCase(Values.string(map, "email")));
	}

	private static ProviderResponse call(UserInfoRequest request, String uri) {
		// GitHub's documented scheme is "token", not "Bearer".
		return request.http().get(request.provider(), URI.create(uri), (headers) -> {
			headers.set("Authorization", "token " + request.accessToken());
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		});
	}

}
