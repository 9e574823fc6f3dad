package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;

/**
 * GitHub ({@code github}): user from {@code /user}, then the primary address of
 * {@code /user/emails} when the profile shows no email.
 *
 * @see <a href="https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps">GitHub
 * OAuth apps</a>
 */
public final class GitHubProvider {

	/** The wire name. */
	public static final String NAME = "github";

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
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "login"),
					Values.string(response, "email"), Values.string(response, "name"), null, null))
			.build();
	}

	private static Map<String, Object> loadUser(OAuth2Provider provider, String accessToken,
			Map<String, Object> tokenResponse) {
		Map<String, Object> user = new HashMap<>(
				call(provider, provider.userInfoUri(), accessToken).readObject(provider.name(), "user info"));
		if (Values.string(user, "email").isEmpty()) {
			user.put("email", primaryEmail(provider, accessToken));
		}
		return user;
	}

	// As python-social-auth: a failing /emails call leaves the email empty rather than failing the login.
	private static String primaryEmail(OAuth2Provider provider, String accessToken) {
		ProviderResponse response;
		try {
			response = call(provider, provider.userInfoUri() + "/emails", accessToken);
		}
		catch (ProviderException ex) {
			return "";
		}
		List<Object> emails = response.status().is2xxSuccessful() ? ResponseParser.parseArray(response.body())
				: null;
		if (emails == null || emails.isEmpty()) {
			return "";
		}
		Object chosen = emails.stream()
			.filter((email) -> !(email instanceof Map<?, ?> map) || Boolean.TRUE.equals(map.get("primary")))
			.findFirst()
			.orElse(emails.get(0));
		return (chosen instanceof Map<?, ?> map) ? String.valueOf(map.get("email")) : String.valueOf(chosen);
	}

	private static ProviderResponse call(OAuth2Provider provider, String uri, String accessToken) {
		// GitHub's documented scheme is "token", not "Bearer".
		return provider.http().get(provider.name(), URI.create(uri), (headers) -> {
			headers.set("Authorization", "token " + accessToken);
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		});
	}

}
