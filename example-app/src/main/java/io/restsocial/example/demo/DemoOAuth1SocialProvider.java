package io.restsocial.example.demo;

import java.time.Clock;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.core.env.Environment;

/**
 * The {@code demo-oauth1} provider: the demo provider over OAuth 1.0a, an ordinary
 * {@link OAuth1Provider} whose endpoints are this app's own {@code /demo/oauth1/*}. A login takes
 * the protocol's two steps: a request token, the authorize page, then {@code oauth_token} and
 * {@code oauth_verifier}. It is built on first use, once the server's port is known.
 */
public final class DemoOAuth1SocialProvider extends LateSocialProvider<OAuth1Provider> {

	/** The wire name. */
	public static final String NAME = "demo-oauth1";

	DemoOAuth1SocialProvider(ProviderHttpClient http, Environment environment, RequestTokenStore requestTokens,
			Clock clock, String clientId, String clientSecret) {
		super(NAME, () -> new OAuth1Provider(definition(DemoSocialProvider.baseUrl(environment)),
				ProviderRegistration.withName(NAME).clientId(clientId).clientSecret(clientSecret).build(), http,
				requestTokens, clock));
	}

	/**
	 * The definition, with its server-side endpoints under a base URL; the user is read as
	 * Twitter's is ({@code screen_name}, {@code name}, {@code email}).
	 * @param baseUrl where this app is reached from itself
	 * @return the definition
	 */
	static OAuth1ProviderDefinition definition(String baseUrl) {
		return new OAuth1ProviderDefinition(NAME, baseUrl + "/demo/oauth1/request_token", "/demo/oauth1/authorize",
				baseUrl + "/demo/oauth1/access_token", baseUrl + "/demo/oauth1/user", OAuth1Signer.HMAC_SHA1,
				(response) -> SocialDetails.of(String.valueOf(response.get("screen_name")),
						String.valueOf(response.get("email")), String.valueOf(response.get("name")), null, null),
				UserIdMapper.key("id"));
	}

}
