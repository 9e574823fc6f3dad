package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.QueryTokenResponseClient;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deezer ({@code deezer}): the code is exchanged with a GET of {@code app_id}, {@code secret} and
 * {@code code}, answered form-encoded; user from {@code /user/me} with the token in the query, its
 * errors reported as Facebook's (an {@code error} object in a 200 answer). The username is
 * {@code name}, the names {@code firstname} and {@code lastname}, and the email, which Deezer
 * does not say is verified, counts as unverified.
 * <p>
 * python-social-auth's uid is the {@code name}, which the user can change; the uid here is
 * Deezer's numeric {@code id}, and an application whose accounts python-social-auth stored sets
 * {@code use-unique-user-id: false} for the {@code name}.
 *
 * @see <a href="https://developers.deezer.com/api/oauth">Deezer OAuth</a>
 */
public final class DeezerProvider {

	/** The wire name. */
	public static final String NAME = "deezer";

	private DeezerProvider() {
	}

	// Deezer's token request: app_id and secret for client_id and client_secret, and the code.
	private static MultiValueMap<String, String> tokenParameters(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.set("app_id", grantRequest.getClientRegistration().getClientId());
		parameters.set("secret", grantRequest.getClientRegistration().getClientSecret());
		parameters.set(OAuth2ParameterNames.CODE,
				grantRequest.getAuthorizationExchange().getAuthorizationResponse().getCode());
		return parameters;
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://connect.deezer.com/oauth/auth.php")
			.tokenUri("https://connect.deezer.com/oauth/access_token.php")
			.userInfoUri("https://api.deezer.com/user/me")
			.scopeSeparator(",")
			.tokenResponseClient((restClient) -> new QueryTokenResponseClient(restClient, DeezerProvider::tokenParameters))
			.errors(FacebookProvider.ERRORS)
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "name"),
					Values.string(response, "email"), null, Values.string(response, "firstname"),
					Values.string(response, "lastname")))
			.userIdMapper(UserIdMapper.key("name"))
			.uniqueUserIdMapper(UserIdMapper.key("id"))
			.build();
	}

}
