package io.restsocial.core.oauth1;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.state.BrowserBinding;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * An OAuth 1.0a provider with its keys. A login takes two requests: the first (a provider and
 * no {@code oauth_token}) gets a request token, whose secret stays in the
 * {@link RequestTokenStore}; the second ({@code oauth_token} and {@code oauth_verifier}) trades
 * it, signed with that secret, for the access token, then fetches the user.
 * <p>
 * OAuth 1.0a has no {@code state}, so the request token plays its part: a token whose first
 * step came from a browser is bound to that browser (the hash of its binding value is kept with
 * the secret), and the second step must carry the same binding; a browser may not present a
 * token bound to no browser. A native app's two steps stay unbound.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5849#section-2">RFC 5849, section 2</a>
 */
public final class OAuth1Provider implements SocialProvider {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OAuth1ProviderDefinition definition;

	private final ProviderRegistration registration;

	private final ProviderHttpClient http;

	private final RequestTokenStore requestTokens;

	private final Clock clock;

	/**
	 * Create a provider.
	 * @param definition what the provider is
	 * @param registration the application's keys (consumer key and secret) and overrides
	 * @param http the client every call goes through
	 * @param requestTokens where request-token secrets wait for the second step
	 * @param clock the clock for {@code oauth_timestamp}
	 * @throws IllegalArgumentException when the registration has no client secret
	 */
	public OAuth1Provider(OAuth1ProviderDefinition definition, ProviderRegistration registration,
			ProviderHttpClient http, RequestTokenStore requestTokens, Clock clock) {
		Assert.notNull(definition, "definition cannot be null");
		Assert.notNull(registration, "registration cannot be null");
		Assert.notNull(http, "http cannot be null");
		Assert.notNull(requestTokens, "requestTokens cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.hasText(registration.clientSecret(), () -> "Provider '" + definition.name()
				+ "' signs every request with the client secret: its registration needs a client secret");
		this.definition = definition;
		this.registration = registration;
		this.http = http;
		this.requestTokens = requestTokens;
		this.clock = clock;
	}

	@Override
	public String name() {
		return this.definition.name();
	}

	/**
	 * The authorization endpoint in effect, where the front-end sends the user.
	 * @return the URI
	 */
	public String authorizationUri() {
		return pick(this.registration.authorizationUri(), this.definition.authorizationUri());
	}

	/** OAuth 1.0a has no state: the request token binds the two steps. */
	@Override
	public boolean usesState() {
		return false;
	}

	/** Step one is a request without {@code oauth_token}. */
	@Override
	public boolean isFirstStep(LoginRequest request) {
		return !StringUtils.hasText(request.oauthToken());
	}

	/**
	 * Step one, when the request carries no {@code oauth_token}: get a request token for the
	 * redirect URI as callback, keep its secret (bound to the browser when the request carries a
	 * {@link LoginRequest#stateBinding() binding}), and answer the token.
	 */
	@Override
	public Optional<Map<String, Object>> firstStep(LoginRequest request) {
		if (!isFirstStep(request)) {
			return Optional.empty();
		}
		Map<String, String> extra = new LinkedHashMap<>();
		extra.put("oauth_callback", (request.redirectUri() != null) ? request.redirectUri() : "oob");
		Map<String, Object> answer = signedPost(requestTokenUri(), null, null, extra, "request token");
		String token = text(answer, "oauth_token");
		String secret = text(answer, "oauth_token_secret");
		if (token == null || secret == null) {
			throw new ProviderUnavailableException(name(),
					"Provider '" + name() + "' answered the request token request without a token", null);
		}
		// A browser's token is bound to it, as its states are: step two must come from it.
		this.requestTokens.save(name(), token, secret,
				(request.stateBinding() != null) ? BrowserBinding.hash(request.stateBinding()) : null);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("oauth_token", token);
		result.put("oauth_callback_confirmed", String.valueOf(answer.getOrDefault("oauth_callback_confirmed", "")));
		return Optional.of(result);
	}

	@Override
	public Map<String, Object> fetchUserData(LoginRequest request) {
		if (!StringUtils.hasText(request.oauthVerifier())) {
			throw new InvalidRequestException("'oauth_verifier' is required with 'oauth_token'", "oauth_verifier");
		}
		RequestToken requestToken = this.requestTokens.find(name(), request.oauthToken())
			.orElseThrow(OAuth1Provider::unknownToken);
		// Checked before the token is used up: a refused request writes nothing, and leaves the
		// token to the browser that started the login.
		checkBinding(requestToken, request);
		if (!this.requestTokens.remove(name(), request.oauthToken())) {
			throw unknownToken();
		}
		String requestSecret = requestToken.secret();
		Map<String, Object> access = signedPost(accessTokenUri(), request.oauthToken(), requestSecret,
				Map.of("oauth_verifier", request.oauthVerifier()), "access token");
		String token = text(access, "oauth_token");
		String secret = text(access, "oauth_token_secret");
		if (token == null || secret == null) {
			throw new ProviderUnavailableException(name(),
					"Provider '" + name() + "' answered the access token request without a token", null);
		}
		Map<String, Object> response = new LinkedHashMap<>(access);
		response.putAll(signedGet(userInfoUri(), token, secret));
		Map<String, Object> accessToken = new LinkedHashMap<>();
		accessToken.put("oauth_token", token);
		accessToken.put("oauth_token_secret", secret);
		response.put("access_token", accessToken);
		return response;
	}

	// The attack: the attacker runs step one, authorises with their own account, and makes the
	// victim's front-end post the attacker's oauth_token and oauth_verifier (login CSRF, or linking
	// the attacker's account to the logged-in victim).
	private static void checkBinding(RequestToken requestToken, LoginRequest request) {
		if (requestToken.binding() != null) {
			if (!BrowserBinding.matches(request.stateBinding(), requestToken.binding())) {
				throw new InvalidRequestException("'oauth_token' is bound to the browser that started the login, and "
						+ "this request does not carry that browser's state cookie", "oauth_token");
			}
		}
		else if (request.browser()) {
			// An unbound token could have been got by anyone, with a script, and planted in this browser.
			throw new InvalidRequestException("'oauth_token' is not bound to this browser: a browser must start "
					+ "the login (the request without 'oauth_token') itself", "oauth_token");
		}
	}

	private static InvalidRequestException unknownToken() {
		return new InvalidRequestException("'oauth_token' is unknown, expired or already used: start the login again",
				"oauth_token");
	}

	@Override
	public SocialDetails userDetails(Map<String, Object> response) {
		return this.definition.detailsMapper().apply(response);
	}

	@Override
	public String userId(SocialDetails details, Map<String, Object> response) {
		return this.definition.userIdMapper().requireUserId(name(), details, response);
	}


	/**
	 * What python-social-auth keeps: the token credentials (token and secret) and
	 * {@code auth_time}.
	 */
	@Override
	public Map<String, Object> extraData(Map<String, Object> response) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("auth_time", this.clock.instant().getEpochSecond());
		data.put("access_token", response.get("access_token"));
		return data;
	}

	private Map<String, Object> signedPost(String uri, String token, String tokenSecret, Map<String, String> extra,
			String what) {
		URI target = URI.create(uri);
		String header = authorization("POST", target, List.of(), token, tokenSecret, extra);
		ProviderResponse response = this.http.postForm(name(), target, (headers) -> {
			headers.set(HttpHeaders.AUTHORIZATION, header);
			headers.setAccept(List.of(MediaType.ALL));
		}, new LinkedMultiValueMap<>());
		return response.readObject(name(), what);
	}

	private Map<String, Object> signedGet(String uri, String token, String tokenSecret) {
		URI target = URI.create(uri);
		String header = authorization("GET", target, List.of(), token, tokenSecret, Map.of());
		return this.http.get(name(), target, (headers) -> {
			headers.set(HttpHeaders.AUTHORIZATION, header);
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		}).readObject(name(), "user info");
	}

	private String authorization(String method, URI uri, List<Map.Entry<String, String>> form, String token,
			String tokenSecret, Map<String, String> extra) {
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_consumer_key", this.registration.clientId());
		oauth.put("oauth_nonce", HexFormat.of().formatHex(randomBytes()));
		oauth.put("oauth_signature_method", this.definition.signatureMethod());
		oauth.put("oauth_timestamp", String.valueOf(this.clock.instant().getEpochSecond()));
		if (token != null) {
			oauth.put("oauth_token", token);
		}
		oauth.put("oauth_version", "1.0");
		oauth.putAll(extra);
		String baseString = OAuth1Signer.baseString(method, uri, new ArrayList<>(form), oauth);
		oauth.put("oauth_signature", OAuth1Signer.sign(this.definition.signatureMethod(), baseString,
				this.registration.clientSecret(), tokenSecret));
		return OAuth1Signer.authorizationHeader(oauth);
	}

	private String requestTokenUri() {
		return pick(this.registration.requestTokenUri(), this.definition.requestTokenUri());
	}

	private String accessTokenUri() {
		return pick(this.registration.accessTokenUri(), this.definition.accessTokenUri());
	}

	private String userInfoUri() {
		String uri = pick(this.registration.userInfoUri(), this.definition.userInfoUri());
		if (this.definition.userInfoParams().isEmpty()) {
			return uri;
		}
		// The URI in effect is already encoded; only the parameters are encoded here.
		UriComponentsBuilder withParams = UriComponentsBuilder.fromUriString(uri);
		this.definition.userInfoParams()
			.forEach((param, value) -> withParams.replaceQueryParam(param,
					UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)));
		return withParams.build(true).toUriString();
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof String s && !s.isEmpty()) ? s : null;
	}

	private static String pick(String override, String fallback) {
		return StringUtils.hasText(override) ? override : fallback;
	}

	@Override
	public String toString() {
		return "OAuth1Provider[" + name() + "]";
	}

}
