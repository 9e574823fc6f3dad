package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * GitHub Enterprise Server for the members of one organization ({@code github-enterprise-org}):
 * {@code github-enterprise}'s endpoints (which the registration sets) and user, then
 * {@code github-org}'s membership check of the organization named by the {@code org} setting; a
 * non-member's login is refused. As in python-social-auth the default scope is
 * {@code read:org}.
 *
 * @see <a href="https://docs.github.com/en/enterprise-server@latest/rest/orgs/members#check-organization-membership-for-a-user">Check
 * organization membership for a user (GitHub Enterprise Server)</a>
 */
public final class GitHubEnterpriseOrgProvider {

	/** The wire name. */
	public static final String NAME = "github-enterprise-org";

	private GitHubEnterpriseOrgProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return GitHubEnterpriseProvider.builder(NAME)
			.scope("read:org")
			.userInfoLoader(GitHubMembership.organization())
			.build();
	}

}
