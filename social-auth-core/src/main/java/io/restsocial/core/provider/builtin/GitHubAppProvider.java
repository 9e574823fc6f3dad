package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * A GitHub App's user login ({@code github-app}, python-social-auth's {@code GithubAppAuth}):
 * {@code github}'s endpoints, user info and mapping, with the GitHub App's client id and secret.
 * python-social-auth also takes a code with no state when GitHub sends the user back from "Install
 * &amp; Authorize" ({@code installation_id} and {@code setup_action}); here a login's state is
 * checked as any provider's, so that flow works only where no state is required (a front-end
 * that is not bound to states, or the Setup URL flow).
 *
 * @see <a href="https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app">Generating
 * a user access token for a GitHub App</a>
 */
public final class GitHubAppProvider {

	/** The wire name. */
	public static final String NAME = "github-app";

	private GitHubAppProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(GitHubProvider.definition()).name(NAME).build();
	}

}
