package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.HttpHeaders;

/**
 * MapMyFitness ({@code mapmyfitness}): the token request and the user request carry the app's
 * {@code Api-Key} header (its client id); user from
 * {@code https://oauth2-api.mapmyapi.com/v7.0/user/self/}. The uid is the user's {@code id}, the
 * username and email are MapMyFitness's, the names its {@code first_name} and
 * {@code last_name}. python-social-auth joins the two into the full name without a space
 * ({@code "FredFlinstone"}); here they are joined with one. MapMyFitness documents no
 * verification of the email, so it counts as unverified.
 *
 * @see <a href="https://developer.mapmyfitness.com/">MapMyFitness API</a>
 */
public final class MapMyFitnessProvider {

	/** The wire name. */
	public static final String NAME = "mapmyfitness";

	private static final String API_KEY = "Api-Key";

	private MapMyFitnessProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.mapmyfitness.com/v7.0/oauth2/authorize")
			.tokenUri("https://oauth2-api.mapmyapi.com/v7.0/oauth2/access_token")
			.userInfoUri("https://oauth2-api.mapmyapi.com/v7.0/user/self/")
			.tokenRequest((client) -> client.addHeadersConverter((grantRequest) -> {
				HttpHeaders headers = new HttpHeaders();
				headers.set(API_KEY, grantRequest.getClientRegistration().getClientId());
				return headers;
			}))
			.userInfoLoader((request) -> request.getObject(URI.create(request.userInfoUri()), (headers) -> {
				headers.setBearerAuth(request.accessToken());
				headers.set(API_KEY, request.clientId());
			}, "user info"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), null, Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.build();
	}

}
