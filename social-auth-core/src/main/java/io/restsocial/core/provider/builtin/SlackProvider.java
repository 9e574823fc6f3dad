package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Slack's legacy identity ({@code slack}): user from {@code users.identity}; as in
 * python-social-auth the username is the email's local part (the user's name when there is no
 * email) with {@code @team} appended.
 * {@code users.identity} documents no verification of the email: it counts as unverified.
 */
public final class SlackProvider {

	/** The wire name. */
	public static final String NAME = "slack";

	private SlackProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://slack.com/oauth/authorize")
			.tokenUri("https://slack.com/api/oauth.access")
			.userInfoUri("https://slack.com/api/users.identity")
			.scope("identity.basic", "identity.email")
			.scopeSeparator(",")
			.userInfoLoader(UserInfoLoader.queryParameter("token"))
			.detailsMapper(SlackProvider::details)
			.userIdMapper((details, response) -> Values.map(response, "user").get("id"))
			.build();
	}

	private static SocialDetails details(Map<String, Object> response) {
		Map<?, ?> user = Values.map(response, "user");
		Map<?, ?> team = Values.map(response, "team");
		String email = Values.string(user, "email");
		// As python-social-auth: the email's local part, else the user's name.
		String username = email.isEmpty() ? Values.string(user, "name")
				: email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
		if (team.get("name") != null) {
			username = username + "@" + team.get("name");
		}
		return SocialDetails.of(username, email, Values.string(user, "name"), null, null);
	}

}
