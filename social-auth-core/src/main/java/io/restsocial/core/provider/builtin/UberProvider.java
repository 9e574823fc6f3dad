package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Uber ({@code uber}): credentials both as HTTP Basic and in the body, as python-social-auth
 * sends them; user from {@code https://api.uber.com/v1/me}. The uid is the rider's
 * {@code uuid}, the username is the email, the names are Uber's {@code first_name} and
 * {@code last_name}. Uber documents no verification of the email, so it counts as unverified.
 *
 * @see <a href="https://developer.uber.com/docs/riders/references/api/v1.2/me-get">Uber: user profile</a>
 */
public final class UberProvider {

	/** The wire name. */
	public static final String NAME = "uber";

	private UberProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.uber.com/oauth/authorize")
			.tokenUri("https://login.uber.com/oauth/token")
			.userInfoUri("https://api.uber.com/v1/me")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(TokenRequests.clientCredentialsInBody())
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "email"),
					Values.string(response, "email"), null, Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.userIdMapper(UserIdMapper.key("uuid"))
			.build();
	}

}
