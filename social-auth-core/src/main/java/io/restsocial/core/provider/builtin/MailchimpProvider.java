package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.http.HttpHeaders;

/**
 * Mailchimp ({@code mailchimp}): user from the OAuth metadata endpoint
 * ({@code https://login.mailchimp.com/oauth2/metadata}), called with
 * {@code Authorization: OAuth <token>}; the uid is the metadata's {@code user_id}, the username
 * and email are its {@code login}'s {@code login_name} and {@code email}. Mailchimp gives no
 * names and documents no verification of the email, so it counts as unverified.
 *
 * @see <a href="https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/">Mailchimp:
 * access data on behalf of other users with OAuth 2</a>
 */
public final class MailchimpProvider {

	/** The wire name. */
	public static final String NAME = "mailchimp";

	private MailchimpProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.mailchimp.com/oauth2/authorize")
			.tokenUri("https://login.mailchimp.com/oauth2/token")
			.userInfoUri("https://login.mailchimp.com/oauth2/metadata")
			.userInfoLoader((request) -> request.getObject(URI.create(request.userInfoUri()),
					(headers) -> headers.set(HttpHeaders.AUTHORIZATION, "OAuth " + request.accessToken()), "metadata"))
			.detailsMapper((response) -> {
				Map<?, ?> login = Values.map(response, "login");
				return SocialDetails.of(Values.string(login, "login_name"), Values.string(login, "email"), null, null,
						null);
			})
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

}
