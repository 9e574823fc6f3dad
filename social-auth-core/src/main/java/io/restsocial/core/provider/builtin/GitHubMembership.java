package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The membership check of python-social-auth's {@code GithubMemberOAuth2}, shared by the
 * organization and team variants of GitHub and GitHub Enterprise: once the user is loaded, GitHub
 * is asked whether the user is a member, and a non-member's login is refused.
 * <p>
 * The API base is the {@value #API_URL} setting, by default the user-info URL without its
 * {@code /user}. GitHub answers 204 for a member. To a requester outside an organization it
 * answers a redirect to the public membership check, which python-social-auth follows: here the
 * public check of the same user is asked, never the redirect's target.
 *
 * @see <a href="https://docs.github.com/en/rest/orgs/members#check-organization-membership-for-a-user">Check
 * organization membership for a user</a>
 * @see <a href="https://docs.github.com/en/rest/teams/members#get-team-member-legacy">Get team member
 * (legacy)</a>
 */
final class GitHubMembership {

	/** The setting that overrides the API base of the membership URLs. */
	static final String API_URL = "api-url";

	/** The setting naming the organization, python-social-auth's {@code NAME}. */
	static final String ORG = "org";

	/** The setting holding the team's id, python-social-auth's {@code ID}. */
	static final String TEAM_ID = "team-id";

	private GitHubMembership() {
	}

	/**
	 * The GitHub user loader, then the organization membership check.
	 * @return the loader
	 */
	static UserInfoLoader organization() {
		return checking(ORG, "orgs", "members", "public_members", "User doesn't belong to the organization");
	}

	/**
	 * The GitHub user loader, then the team membership check.
	 * @return the loader
	 */
	static UserInfoLoader team() {
		return checking(TEAM_ID, "teams", "members", null, "User doesn't belong to the team");
	}

	private static UserInfoLoader checking(String setting, String kind, String members, String publicMembers,
			String refusal) {
		UserInfoLoader user = GitHubProvider.userLoader();
		return (request) -> {
			String group = request.setting(setting, "");
			if (!StringUtils.hasText(group)) {
				throw new IllegalStateException("Provider '" + request.provider() + "' needs the '" + setting
						+ "' setting to check the user's membership");
			}
			Map<String, Object> data = user.load(request);
			String login = Values.string(data, "login");
			if (login.isEmpty()) {
				throw new ProviderUnavailableException(request.provider(),
						"Provider '" + request.provider() + "' answered a user without a login", null);
			}
			ProviderResponse answer = GitHubProvider.get(request, url(request, kind, group, members, login));
			if (answer.status().is3xxRedirection() && publicMembers != null) {
				answer = GitHubProvider.get(request, url(request, kind, group, publicMembers, login));
			}
			if (answer.status().is5xxServerError()) {
				throw new ProviderUnavailableException(request.provider(),
						"Provider '" + request.provider() + "' failed to answer the membership check", null);
			}
			if (!answer.status().is2xxSuccessful()) {
				throw new AuthForbiddenException(refusal);
			}
			return data;
		};
	}

	private static String url(UserInfoRequest request, String kind, String group, String members, String login) {
		String user = request.userInfoUri();
		String fallback = user.endsWith("/user") ? user.substring(0, user.length() - "/user".length()) : user;
		return UriComponentsBuilder.fromUriString(request.setting(API_URL, fallback))
			.pathSegment(kind, group, members, login)
			.build()
			.encode()
			.toUriString();
	}

}
