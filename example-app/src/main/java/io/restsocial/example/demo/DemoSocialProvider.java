package io.restsocial.example.demo;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The {@code demo} provider: an ordinary {@link OAuth2Provider}, with PKCE, whose endpoints are
 * this app's own {@code /demo/oauth/*}. It is built on first use, once the server's port is known, so that
 * {@code --server.port=0} works too.
 */
public final class DemoSocialProvider extends LateSocialProvider<OAuth2Provider> {

	/** The wire name. */
	public static final String NAME = "demo";

	DemoSocialProvider(ProviderHttpClient http, Environment environment, String clientId, String clientSecret) {
		super(NAME, () -> new OAuth2Provider(definition(baseUrl(environment)),
				ProviderRegistration.withName(NAME).clientId(clientId).clientSecret(clientSecret).build(), http));
	}

	/**
	 * The demo provider's definition, with its server-side endpoints under a base URL.
	 * @param baseUrl where this app is reached from itself
	 * @return the definition
	 */
	static OAuth2ProviderDefinition definition(String baseUrl) {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("/demo/oauth/authorize")
			.tokenUri(baseUrl + "/demo/oauth/token")
			.userInfoUri(baseUrl + "/demo/api/user")
			.scope("profile")
			// As a real provider would: the server keeps a verifier with each state and sends it with the code.
			.pkce(true)
			.detailsMapper((response) -> SocialDetails.of(String.valueOf(response.get("login")),
					String.valueOf(response.get("email")), String.valueOf(response.get("name")), null, null))
			.build();
	}

	/**
	 * Where the app reaches its own demo endpoints: {@code example.demo.base-url}, else the
	 * loopback address on the server's port.
	 * @param environment the environment
	 * @return the base URL, without a trailing slash
	 */
	static String baseUrl(Environment environment) {
		String configured = environment.getProperty("example.demo.base-url");
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://127.0.0.1:" + port;
	}

}
