package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Fitbit ({@code fitbit}, python-social-auth's {@code FitbitOAuth2}; its OAuth 1.0a class of
 * the same name is not built in): credentials both as HTTP Basic and in the body, as
 * python-social-auth sends them; user from the {@code user} object of
 * {@code https://api.fitbit.com/1/user/-/profile.json}. The uid is its {@code encodedId}, the
 * username its {@code displayName}; Fitbit shares no email there.
 *
 * @see <a href="https://dev.fitbit.com/build/reference/web-api/developer-guide/authorization/">Fitbit Web
 * API: authorization</a>
 */
public final class FitbitProvider {

	/** The wire name. */
	public static final String NAME = "fitbit";

	private static final UserInfoLoader BEARER = UserInfoLoader.bearer();

	private FitbitProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.fitbit.com/oauth2/authorize")
			.tokenUri("https://api.fitbit.com/oauth2/token")
			.userInfoUri("https://api.fitbit.com/1/user/-/profile.json")
			.scope("profile")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(TokenRequests.clientCredentialsInBody())
			.userInfoLoader((request) -> user(request.provider(), BEARER.load(request)))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "displayName"), "", "", "", ""))
			.userIdMapper(UserIdMapper.key("encodedId"))
			.build();
	}

	// The profile answers {"user": {...}}.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> user(String provider, Map<String, Object> answer) {
		if (!(answer.get("user") instanceof Map<?, ?> user)) {
			throw new ProviderException(provider, "Fitbit answered the profile without a user", null);
		}
		return (Map<String, Object>) user;
	}

}
