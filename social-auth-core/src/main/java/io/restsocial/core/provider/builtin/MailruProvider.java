package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Mail.ru ID ({@code mailru}, python-social-auth's {@code MRGOAuth2}): user from
 * {@code https://oauth.mail.ru/userinfo?access_token=}. As in python-social-auth the uid is the
 * email (a user who changes it becomes a new user), and the username and full name are the
 * {@code name}; first and last names are Mail.ru's. A user without an email is refused. Mail.ru
 * documents no verification of the email, so it counts as unverified (it never links to an
 * existing user by email).
 *
 * @see <a href="https://api.mail.ru/docs/guides/oauth/">Mail.ru: OAuth 2.0</a>
 */
public final class MailruProvider {

	/** The wire name. */
	public static final String NAME = "mailru";

	private MailruProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://oauth.mail.ru/login")
			.tokenUri("https://oauth.mail.ru/token")
			.userInfoUri("https://oauth.mail.ru/userinfo")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "name"),
					Values.string(response, "email"), Values.string(response, "name"),
					Values.string(response, "first_name"), Values.string(response, "last_name")))
			.userIdMapper((details, response) -> details.email())
			.build();
	}

}
