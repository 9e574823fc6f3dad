package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * GitHub for the members of one organization ({@code github-org}): {@code github}'s user, uid
 * ({@code id}) and details, then a check that the user is a member of the organization named by
 * the {@code org} setting (python-social-auth's {@code SOCIAL_AUTH_GITHUB_ORG_NAME}); a
 * non-member's login is refused. The check reads
 * {@code {api-url}/orgs/{org}/members/{login}}, the API base being the {@code api-url} setting,
 * by default the user-info URL without {@code /user}. As in python-social-auth there is no
 * default scope: a member whose membership is private is seen only with {@code read:org}.
 *
 * @see <a href="https://docs.github.com/en/rest/orgs/members#check-organization-membership-for-a-user">Check
 * organization membership for a user</a>
 */
public final class GitHubOrgProvider {

	/** The wire name. */
	public static final String NAME = "github-org";

	private GitHubOrgProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(GitHubProvider.definition())
			.name(NAME)
			.userInfoLoader(GitHubMembership.organization())
			.build();
	}

}
