package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * GitHub Enterprise Server ({@code github-enterprise}): {@code github} on the enterprise's own
 * host, with the same uid ({@code id}), details and {@code /user/emails} logic. Its host has no
 * default: the registration sets {@code authorization-uri}
 * ({@code https://<host>/login/oauth/authorize}), {@code token-uri}
 * ({@code https://<host>/login/oauth/access_token}) and {@code user-info-uri}
 * ({@code https://<host>/api/v3/user}), python-social-auth's {@code URL} and {@code API_URL}.
 * Until it does, the endpoints are on the reserved {@code github-enterprise.invalid} host, which
 * never resolves (RFC 6761), so that a login fails rather than reach anyone's server.
 *
 * @see <a href="https://docs.github.com/en/enterprise-server@latest/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps">Authorizing
 * OAuth apps (GitHub Enterprise Server)</a>
 */
public final class GitHubEnterpriseProvider {

	/** The wire name. */
	public static final String NAME = "github-enterprise";

	// RFC 6761, section 6.4: a name under .invalid never resolves.
	private static final String UNSET_HOST = "https://github-enterprise.invalid";

	private GitHubEnterpriseProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return builder(NAME).build();
	}

	/**
	 * A builder of {@code github} on an enterprise host that the registration names.
	 * @param name the wire name
	 * @return the builder
	 */
	static OAuth2ProviderDefinition.Builder builder(String name) {
		return OAuth2ProviderDefinition.from(GitHubProvider.definition())
			.name(name)
			.authorizationUri(UNSET_HOST + "/login/oauth/authorize")
			.tokenUri(UNSET_HOST + "/login/oauth/access_token")
			.userInfoUri(UNSET_HOST + "/api/v3/user");
	}

}
