package io.restsocial.example.demo;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.core.env.Environment;

/**
 * The {@code demo-oauth1} provider: the demo provider over OAuth 1.0a, an ordinary
 * {@link OAuth1Provider} whose endpoints are this app's own {@code /demo/oauth1/*}. A login takes
 * the protocol's two steps: a request token, the authorize page, then {@code oauth_token} and
 * {@code oauth_verifier}. It is built on first use, once the server's port is known.
 */
public final class DemoOAuth1SocialProvider implements SocialProvider {

	/** The wire name. */
	public static final String NAME = "demo-oauth1";

	private final ProviderHttpClient http;

	private final Environment environment;

	private final RequestTokenStore requestTokens;

	private final Clock clock;

	private final String clientId;

	private final String clientSecret;

	private volatile OAuth1Provider delegate;

	DemoOAuth1SocialProvider(ProviderHttpClient http, Environment environment, RequestTokenStore requestTokens,
			Clock clock, String clientId, String clientSecret) {
		this.http = http;
		this.environment = environment;
		this.requestTokens = requestTokens;
		this.clock = clock;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
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

	/**
	 * The provider behind, built on first use.
	 * @return the OAuth 1.0a provider
	 */
	public OAuth1Provider delegate() {
		OAuth1Provider provider = this.delegate;
		if (provider == null) {
			synchronized (this) {
				provider = this.delegate;
				if (provider == null) {
					provider = new OAuth1Provider(definition(DemoSocialProvider.baseUrl(this.environment)),
							ProviderRegistration.withName(NAME)
								.clientId(this.clientId)
								.clientSecret(this.clientSecret)
								.build(),
							this.http, this.requestTokens, this.clock);
					this.delegate = provider;
				}
			}
		}
		return provider;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean usesState() {
		return false;
	}

	@Override
	public boolean isFirstStep(LoginRequest request) {
		return delegate().isFirstStep(request);
	}

	@Override
	public Optional<Map<String, Object>> firstStep(LoginRequest request) {
		return delegate().firstStep(request);
	}

	@Override
	public Map<String, Object> fetchUserData(LoginRequest request) {
		return delegate().fetchUserData(request);
	}

	@Override
	public SocialDetails userDetails(Map<String, Object> response) {
		return delegate().userDetails(response);
	}

	@Override
	public String userId(SocialDetails details, Map<String, Object> response) {
		return delegate().userId(details, response);
	}

	@Override
	public Map<String, Object> extraData(Map<String, Object> response) {
		return delegate().extraData(response);
	}

}
