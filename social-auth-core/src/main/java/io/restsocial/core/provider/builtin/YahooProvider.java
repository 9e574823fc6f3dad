package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Yahoo ({@code yahoo-oauth2}): the code is exchanged with the client's credentials in a Basic
 * header only; user from the OpenID userinfo endpoint; the uid is {@code sub}, the username
 * {@code preferred_username}, else {@code nickname}, the names {@code given_name} and
 * {@code family_name}, and the email is verified by {@code email_verified}.
 *
 * @see <a href="https://developer.yahoo.com/oauth2/guide/openid_connect/">Yahoo: OpenID Connect</a>
 */
public final class YahooProvider {

	/** The wire name. */
	public static final String NAME = "yahoo-oauth2";

	private YahooProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.login.yahoo.com/oauth2/request_auth")
			.tokenUri("https://api.login.yahoo.com/oauth2/get_token")
			.userInfoUri("https://api.login.yahoo.com/openid/v1/userinfo")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.detailsMapper((response) -> {
				String username = response.containsKey("preferred_username")
						? Values.string(response, "preferred_username") : Values.string(response, "nickname");
				return SocialDetails
					.of(username, Values.string(response, "email"), null, Values.string(response, "given_name"),
							Values.string(response, "family_name"))
					.withEmailVerified(Values.isTrue(response, "email_verified"));
			})
			.userIdMapper(UserIdMapper.key("sub"))
			.build();
	}

}
