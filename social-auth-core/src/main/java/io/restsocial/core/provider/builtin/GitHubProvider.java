package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;

/**
 * GitHub ({@code github}): user from {@code /user}, and the addresses of {@code /user/emails}
 * (which needs the {@code user:email} scope): the profile's email, else the primary address. The
 * email counts as verified when {@code /user/emails} lists it as {@code verified}; without that
 * list (no scope, or the call failed) it does not.
 * <p>
 * {@code /user/emails} is not called when GitHub has said that it would refuse: an OAuth app's
 * token ({@code gho_}) whose granted {@code scope} has neither {@code user:email} nor {@code user},
 * which is what the default (no scope) gets. A GitHub App's token ({@code ghu_}) reads emails by
 * the app's permissions rather than by scope, so it is always asked, as is a token of any other
 * form. The emails URL is the {@code emails-uri} setting, by default the user-info URL plus
 * {@code /emails}.
 *
 * @see <a href="https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps">GitHub
 * OAuth apps</a>
 * @see <a href="https://docs.github.com/en/rest/users/emails">GitHub's email addresses API</a>
 * @see <a href="https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/">GitHub's
 * token prefixes</a>
 */
public final class GitHubProvider {

	/** The wire name. */
	public static final String NAME = "github";

	/** The setting that overrides the URL of the user's addresses. */
	public static final String EMAILS_URI = "emails-uri";

	// Where the loader keeps /user/emails in the response, for the details mapper.
	private static final String EMAILS = "emails";

	// The prefix of an OAuth app's user token, whose access to emails is by scope.
	private static final String OAUTH_APP_TOKEN = "gho_";

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

	/**
	 * The user loader of {@code github}, for its variants: {@code /user}, then {@code /user/emails}
	 * when GitHub would answer it.
	 * @return the loader
	 */
	static UserInfoLoader userLoader() {
		return GitHubProvider::loadUser;
	}

	/**
	 * GET a GitHub API URL with the user's token, as every GitHub call is made.
	 * @param request the user-info request
	 * @param uri the URL
	 * @return the answer, whatever its status
	 */
	static ProviderResponse get(UserInfoRequest request, String uri) {
		return call(request, uri);
	}

	private static Map<String, Object> loadUser(UserInfoRequest request) {
		Map<String, Object> user = new HashMap<>(request.read(call(request, request.userInfoUri()), "user info"));
		if (!mayListEmails(request)) {
			return user;
		}
		List<Object> emails = emails(request);
		user.put(EMAILS, emails);
		if (Values.string(user, "email").isEmpty()) {
			user.put("email", primaryEmail(emails));
		}
		return user;
	}

	/**
	 * Whether {@code /user/emails} may answer this token: false only for an OAuth app's token
	 * granted neither {@code user:email} nor {@code user}, to which GitHub answers 404.
	 * @param request the user-info request
	 * @return whether to ask for the user's addresses
	 */
	static boolean mayListEmails(UserInfoRequest request) {
		if (request.accessToken() == null || !request.accessToken().startsWith(OAUTH_APP_TOKEN)
				|| !(request.tokenResponse().get("scope") instanceof String granted)) {
			return true;
		}
		for (String scope : granted.split("[,\\s]+")) {
			if (scope.equals("user:email") || scope.equals("user")) {
				return true;
			}
		}
		return false;
	}

	// As python-social-auth: a failing /emails call leaves the email as it is rather than failing the login.
	private static List<Object> emails(UserInfoRequest request) {
		ProviderResponse response;
		try {
			response = call(request, request.setting(EMAILS_URI, request.userInfoUri() + "/emails"));
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
