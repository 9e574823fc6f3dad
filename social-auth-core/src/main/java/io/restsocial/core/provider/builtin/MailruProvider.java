package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Mail.ru ID ({@code mailru}, python-social-auth's {@code MRGOAuth2}): user from
 * {@code https://oauth.mail.ru/userinfo?access_token=}; the username and full name are the
 * {@code name}, first and last names are Mail.ru's. Mail.ru documents no verification of the
 * email, so it counts as unverified (it never links to an existing user by email).
 * <p>
 * The uid is Mail.ru's {@code id}, which never changes. python-social-auth's uid is the email,
 * but an email changes hands (a deleted mailbox's address is registered again), and its new
 * owner would log in as the old one; as for Google, the default here is therefore the safe one,
 * and an application whose accounts were stored by python-social-auth sets
 * {@code use-unique-user-id: false} to keep finding them (a user without an email is then
 * refused).
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
			.uniqueUserIdMapper(UserIdMapper.key("id"))
			.build();
	}

}
