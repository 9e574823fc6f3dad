package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * SimpleLogin ({@code simplelogin}): user from its userinfo endpoint, the token in the query as
 * python-social-auth sends it; the uid is {@code id}, the username and email the {@code email}
 * (the address SimpleLogin gives the app, often an alias that forwards to the user), verified by
 * SimpleLogin's {@code email_verified}, and the names split from {@code name}.
 *
 * @see <a href="https://simplelogin.io/docs/siwsl/code-flow/">Sign in with SimpleLogin: code flow</a>
 */
public final class SimpleLoginProvider {

	/** The wire name. */
	public static final String NAME = "simplelogin";

	private SimpleLoginProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://app.simplelogin.io/oauth2/authorize")
			.tokenUri("https://app.simplelogin.io/oauth2/token")
			.userInfoUri("https://app.simplelogin.io/oauth2/userinfo")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "email"),
					Values.string(response, "email"), Values.string(response, "name"), null, null)
				.withEmailVerified(Values.isTrue(response, "email_verified")))
			.build();
	}

}
