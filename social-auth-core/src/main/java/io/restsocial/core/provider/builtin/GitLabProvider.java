package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * GitLab ({@code gitlab}), gitlab.com by default; a self-managed instance overrides the three
 * endpoint URIs. The email (the account's primary) is verified when the user has a
 * {@code confirmed_at}.
 */
public final class GitLabProvider {

	/** The wire name. */
	public static final String NAME = "gitlab";

	private GitLabProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://gitlab.com/oauth/authorize")
			.tokenUri("https://gitlab.com/oauth/token")
			.userInfoUri("https://gitlab.com/api/v4/user")
			.scope("read_user")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "name"), null, null)
				.withEmailVerified(response.get("confirmed_at") != null))
			.build();
	}

}
