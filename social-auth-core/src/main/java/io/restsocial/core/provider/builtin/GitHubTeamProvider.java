package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * GitHub for the members of one team ({@code github-team}): {@code github}'s user, uid
 * ({@code id}) and details, then a check that the user is a member of the team whose id is the
 * {@code team-id} setting (python-social-auth's {@code SOCIAL_AUTH_GITHUB_TEAM_ID}); a
 * non-member's login is refused. The check reads
 * {@code {api-url}/teams/{team-id}/members/{login}}, the API base being the {@code api-url}
 * setting, by default the user-info URL without {@code /user}.
 *
 * @see <a href="https://docs.github.com/en/rest/teams/members#get-team-member-legacy">Get team member
 * (legacy)</a>
 */
public final class GitHubTeamProvider {

	/** The wire name. */
	public static final String NAME = "github-team";

	private GitHubTeamProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(GitHubProvider.definition())
			.name(NAME)
			.userInfoLoader(GitHubMembership.team())
			.build();
	}

}
