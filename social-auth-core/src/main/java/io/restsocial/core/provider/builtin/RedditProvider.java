package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Reddit ({@code reddit}): credentials as HTTP Basic; Reddit gives no email.
 */
public final class RedditProvider {

	/** The wire name. */
	public static final String NAME = "reddit";

	private RedditProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://ssl.reddit.com/api/v1/authorize")
			.tokenUri("https://ssl.reddit.com/api/v1/access_token")
			.userInfoUri("https://oauth.reddit.com/api/v1/me.json")
			.scope("identity")
			.scopeSeparator(",")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "name"), "", "", null, null))
			.build();
	}

}
