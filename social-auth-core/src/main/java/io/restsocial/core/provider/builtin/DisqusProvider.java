package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Disqus ({@code disqus}): user from {@code https://disqus.com/api/3.0/users/details.json},
 * called with the token and the application's secret as {@code api_secret}, as Disqus requires.
 * The uid is {@code response.id}, the username and email are the {@code response}'s; as in
 * python-social-auth no names are read. Disqus answers {@code {"code": n, "response": ...}},
 * and a code other than 0 refuses the login. Disqus documents no verification of the email, so
 * it counts as unverified.
 *
 * @see <a href="https://disqus.com/api/docs/auth/">Disqus API: authentication</a>
 */
public final class DisqusProvider {

	/** The wire name. */
	public static final String NAME = "disqus";

	private static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors.of(
			(fields) -> fields.get("error") != null
					|| (fields.get("code") instanceof Number code && code.intValue() != 0),
			"error", "error_description", "response");

	private DisqusProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://disqus.com/api/oauth/2.0/authorize/")
			.tokenUri("https://disqus.com/api/oauth/2.0/access_token/")
			.userInfoUri("https://disqus.com/api/3.0/users/details.json")
			.scopeSeparator(",")
			.errors(ERRORS)
			.userInfoLoader(UserInfoLoader.query((request) -> Map.of("access_token", request.accessToken(),
					"api_secret", (request.clientSecret() != null) ? request.clientSecret() : "")))
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "response");
				return new SocialDetails(Values.string(user, "username"), Values.string(user, "email"), "", "", "");
			})
			.userIdMapper((details, response) -> Values.map(response, "response").get("id"))
			.build();
	}

}
