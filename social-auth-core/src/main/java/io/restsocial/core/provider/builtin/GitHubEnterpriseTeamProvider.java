package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * GitHub Enterprise Server for the members of one team ({@code github-enterprise-team}):
 * {@code github-enterprise}'s endpoints (which the registration sets) and user, then
 * {@code github-team}'s membership check of the team whose id is the {@code team-id} setting; a
 * non-member's login is refused. As in python-social-auth the default scope is
 * {@code read:org}.
 *
 * @see <a href="https://docs.github.com/en/enterprise-server@latest/rest/teams/members#get-team-member-legacy">Get
 * team member (GitHub Enterprise Server)</a>
 */
public final class GitHubEnterpriseTeamProvider {

	/** The wire name. */
	public static final String NAME = "github-enterprise-team";

	private GitHubEnterpriseTeamProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return GitHubEnterpriseProvider.builder(NAME)
			.scope("read:org")
			.userInfoLoader(GitHubMembership.team())
			.build();
	}

}
