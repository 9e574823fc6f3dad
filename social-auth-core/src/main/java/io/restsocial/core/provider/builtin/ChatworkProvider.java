package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Chatwork ({@code chatwork}): HTTP Basic client authentication, the secret never in the body;
 * user from {@code https://api.chatwork.com/v2/me} (the user-info URI, python-social-auth's
 * {@code API_URL} followed by {@code /me}). The uid is the {@code account_id}; the username is
 * the {@code chatwork_id}, else the {@code login_mail}, else the account id; the email is
 * {@code mail}, else {@code login_mail}; the names are split from {@code name}. Chatwork documents
 * no verification of the email, so it counts as unverified.
 *
 * @see <a href="https://developer.chatwork.com/docs/oauth">Chatwork: OAuth 2.0</a>
 */
public final class ChatworkProvider {

	/** The wire name. */
	public static final String NAME = "chatwork";

	private ChatworkProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.chatwork.com/packages/oauth2/login.php")
			.tokenUri("https://oauth.chatwork.com/token")
			.userInfoUri("https://api.chatwork.com/v2/me")
			.scope("users.profile.me:read")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.detailsMapper((response) -> SocialDetails.of(
					firstText(response, "chatwork_id", "login_mail", "account_id"),
					firstText(response, "mail", "login_mail"), Values.string(response, "name"), null, null))
			.userIdMapper(UserIdMapper.key("account_id"))
			.build();
	}

	// Python's "a or b": the first value that is not empty.
	private static String firstText(Map<String, Object> response, String... keys) {
		for (String key : keys) {
			String value = Values.string(response, key);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

}
