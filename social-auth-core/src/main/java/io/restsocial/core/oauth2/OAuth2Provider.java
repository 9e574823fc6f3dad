package io.restsocial.core.oauth2;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.login.LoginRequest;
import io.restsocial.core.oidc.CachingJwkSource;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.oidc.IdTokenValidator;
import io.restsocial.core.oidc.OidcDiscovery;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.UserIdMapper;
import io.restsocial.core.state.Pkce;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An OAuth 2.0 provider with its keys: exchanges an authorization code for an access token,
 * then fetches the user's data.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749, section 4.1.3</a>
 */
public final class OAuth2Provider implements SocialProvider {

	private static final Duration JWKS_REFETCH_INTERVAL = Duration.ofSeconds(5);

	private final OAuth2ProviderDefinition definition;

	private final ProviderRegistration registration;

	private final ProviderHttpClient http;

	private final OidcDiscovery discovery;

	private final IdTokenValidator idTokens;

	/**
	 * Create a provider from its definition and the application's registration.
	 * @param definition what the provider is
	 * @param registration the application's keys and overrides
	 * @param http the client every call goes through
	 */
	public OAuth2Provider(OAuth2ProviderDefinition definition, ProviderRegistration registration,
			ProviderHttpClient http) {
		this(definition, registration, http, Clock.systemUTC());
	}

	/**
	 * Create a provider from its definition and the application's registration.
	 * @param definition what the provider is
	 * @param registration the application's keys and overrides
	 * @param http the client every call goes through
	 * @param clock the clock that judges ID token expiry and ages the cached keys
	 */
	public OAuth2Provider(OAuth2ProviderDefinition definition, ProviderRegistration registration,
			ProviderHttpClient http, Clock clock) {
		Assert.notNull(definition, "definition cannot be null");
		Assert.notNull(registration, "registration cannot be null");
		Assert.notNull(http, "http cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.isTrue(definition.getName().equals(registration.getName()),
				"definition and registration must be of the same provider");
		this.definition = definition;
		this.registration = registration;
		this.http = http;
		IdTokenSettings idToken = definition.getIdToken();
		if (idToken != null) {
			String issuer = pick(registration.getIssuerUri(), idToken.issuer());
			Assert.state(StringUtils.hasText(issuer), () -> "rest.social.providers." + name()
					+ ".issuer-uri is required: provider '" + name() + "' has no issuer of its own");
			this.discovery = (idToken.discovery()) ? new OidcDiscovery(name(), issuer, http) : null;
			this.idTokens = new IdTokenValidator(issuer,
					new CachingJwkSource(name(), this::jwkSetUri, http, clock, JWKS_REFETCH_INTERVAL), clock);
		}
		else {
			this.discovery = null;
			this.idTokens = null;
		}
	}

	@Override
	public String name() {
		return this.definition.getName();
	}

	@Override
	public boolean usesNonce() {
		return this.idTokens != null && this.definition.getIdToken().nonce();
	}

	/**
	 * The provider's definition.
	 * @return the definition
	 */
	public OAuth2ProviderDefinition definition() {
		return this.definition;
	}

	/**
	 * The application's client id.
	 * @return the client id
	 */
	public String clientId() {
		return this.registration.getClientId();
	}

	/**
	 * The application's client secret: the registration's, or the one the definition makes.
	 * @return the client secret, or {@code null}
	 */
	public String clientSecret() {
		ClientSecretSupplier supplier = this.definition.getClientSecretSupplier();
		return (supplier != null) ? supplier.clientSecret(this) : this.registration.getClientSecret();
	}

	/**
	 * The authorization endpoint in effect.
	 * @return the URI
	 */
	public String authorizationUri() {
		return pick(this.registration.getAuthorizationUri(), this.definition.getAuthorizationUri(),
				"authorization_endpoint");
	}

	/**
	 * The token endpoint in effect.
	 * @return the URI
	 */
	public String tokenUri() {
		return pick(this.registration.getTokenUri(), this.definition.getTokenUri(), "token_endpoint");
	}

	/**
	 * The user-info endpoint in effect.
	 * @return the URI, or {@code null}
	 */
	public String userInfoUri() {
		return pick(this.registration.getUserInfoUri(), this.definition.getUserInfoUri(), "userinfo_endpoint");
	}

	/**
	 * The JWK set endpoint in effect, for ID tokens.
	 * @return the URI, or {@code null}
	 */
	public String jwkSetUri() {
		String uri = pick(this.registration.getJwkSetUri(),
				(this.definition.getIdToken() != null) ? this.definition.getIdToken().jwkSetUri() : null, "jwks_uri");
		Assert.state(uri != null, () -> "Provider '" + name() + "' has no JWK set URI: set rest.social.providers."
				+ name() + ".jwk-set-uri");
		return uri;
	}

	/**
	 * The scope in effect.
	 * @return the scope
	 */
	public List<String> scope() {
		return (this.registration.getScope() != null) ? this.registration.getScope() : this.definition.getScope();
	}

	/**
	 * The HTTP client for calls to this provider.
	 * @return the client
	 */
	public ProviderHttpClient http() {
		return this.http;
	}

	/**
	 * Whether states for this provider keep a PKCE verifier: the registration's choice, else the
	 * definition's default.
	 */
	@Override
	public boolean usesPkce() {
		return (this.registration.getPkce() != null) ? this.registration.getPkce() : this.definition.isPkce();
	}

	@Override
	public Map<String, Object> authenticate(LoginRequest request) {
		if (!StringUtils.hasText(request.code())) {
			if (StringUtils.hasText(request.idToken()) && this.idTokens != null) {
				return nativeIdToken(request);
			}
			if (StringUtils.hasText(request.accessToken())) {
				return nativeAccessToken(request.accessToken());
			}
			throw new InvalidRequestException("'code' is required: the authorization code the provider returned"
					+ ((this.idTokens != null) ? " (or, from a native app, 'id_token')" : ""), "code");
		}
		if (request.codeVerifier() != null && !Pkce.isValidVerifier(request.codeVerifier())) {
			throw new InvalidRequestException(
					"'code_verifier' must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'",
					"code_verifier");
		}
		Map<String, Object> tokenResponse = exchange(request.code(), request.redirectUri(), request.codeVerifier());
		Object accessToken = tokenResponse.get("access_token");
		if (!(accessToken instanceof String token) || token.isEmpty()) {
			throw new ProviderUnavailableException(name(),
					"Provider '" + name() + "' answered the token request without an access_token", null);
		}
		Map<String, Object> idClaims = idTokenClaims(tokenResponse, token, request.nonce());
		Map<String, Object> userData = this.definition.getUserInfoLoader().load(this, token, tokenResponse);
		if (idClaims != null && userData.get("sub") != null && !idClaims.get("sub").equals(userData.get("sub"))) {
			// OpenID Connect Core 1.0, section 5.3.2: the userinfo sub must be the ID token's.
			throw new ProviderException(name(),
					"Provider '" + name() + "' answered user info for another subject than the ID token's", null);
		}
		Map<String, Object> response = new LinkedHashMap<>(tokenResponse);
		if (idClaims != null) {
			response.putAll(idClaims);
		}
		response.putAll(userData);
		response.putIfAbsent("access_token", token);
		putPostedUser(request, response);
		return response;
	}

	private Map<String, Object> idTokenClaims(Map<String, Object> tokenResponse, String accessToken, String nonce) {
		if (this.idTokens == null) {
			return null;
		}
		Object idToken = tokenResponse.get("id_token");
		if (!(idToken instanceof String text) || text.isEmpty()) {
			if (this.definition.getIdToken().required()) {
				throw new ProviderUnavailableException(name(),
						"Provider '" + name() + "' answered the token request without an id_token", null);
			}
			return null;
		}
		return this.idTokens.validate(text, List.of(clientId()), nonce, accessToken, "code").getClaims();
	}

	// The user object a front-end relays (Sign in with Apple posts one, with names, on a first
	// login only) goes into the response as "user", for the definition's details mapper.
	private static void putPostedUser(LoginRequest request, Map<String, Object> response) {
		if (request.user() == null) {
			return;
		}
		Map<String, Object> user = ResponseParser.parseObject(request.user());
		if (user == null || !request.user().strip().startsWith("{")) {
			throw new InvalidRequestException("'user' must be a JSON object", "user");
		}
		response.put("user", user);
	}

	private Map<String, Object> nativeAccessToken(String accessToken) {
		AccessTokenVerifier verifier = this.definition.getAccessTokenVerifier();
		if (verifier == null || !this.registration.isAllowAccessToken()) {
			throw new InvalidRequestException("Provider '" + name() + "' takes no 'access_token' logins"
					+ ((verifier != null) ? " unless rest.social.providers." + name() + ".allow-access-token=true" : ""),
					"access_token");
		}
		verifier.verify(this, accessToken);
		Map<String, Object> tokenResponse = Map.of("access_token", accessToken);
		Map<String, Object> response = new LinkedHashMap<>(tokenResponse);
		response.putAll(this.definition.getUserInfoLoader().load(this, accessToken, tokenResponse));
		return response;
	}

	/**
	 * The client ids tokens may be issued to: the client id, and the registration's extra
	 * audiences (a mobile app's).
	 * @return the audiences
	 */
	public List<String> audiences() {
		List<String> audiences = new ArrayList<>();
		audiences.add(clientId());
		audiences.addAll(this.registration.getAudiences());
		return audiences;
	}

	/**
	 * A provider-specific setting.
	 * @param name the setting's name, such as {@code debug-token-uri}
	 * @param fallback the value when it is not set
	 * @return the value
	 */
	public String setting(String name, String fallback) {
		return pick(this.registration.getSettings().get(name), fallback);
	}

	private Map<String, Object> nativeIdToken(LoginRequest request) {
		// A native SDK's token may be issued to the app's own client id (iOS, Android) as well.
		Map<String, Object> response = new LinkedHashMap<>(
				this.idTokens.validate(request.idToken(), audiences(), request.nonce(), null, "id_token").getClaims());
		response.put("id_token", request.idToken());
		putPostedUser(request, response);
		return response;
	}

	/**
	 * Exchange an authorization code for the provider's token response.
	 * @param code the authorization code
	 * @param redirectUri the redirect URI the code was issued for, or {@code null}
	 * @param codeVerifier the PKCE code verifier, or {@code null}
	 * @return the token response fields
	 * @throws ProviderException when the provider refused the code
	 */
	public Map<String, Object> exchange(String code, String redirectUri, String codeVerifier) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "authorization_code");
		form.add("code", code);
		if (redirectUri != null && this.definition.isSendRedirectUri()) {
			form.add("redirect_uri", redirectUri);
		}
		if (codeVerifier != null) {
			form.add("code_verifier", codeVerifier);
		}
		ClientAuthenticationMethod method = clientAuthenticationMethod();
		form.add(this.definition.getClientIdParameter(), clientId());
		String secret = clientSecret();
		if (method != ClientAuthenticationMethod.CLIENT_SECRET_BASIC && secret != null) {
			form.add(this.definition.getClientSecretParameter(), secret);
		}
		ProviderResponse response;
		if (method == ClientAuthenticationMethod.CLIENT_SECRET_QUERY) {
			URI uri = UriComponentsBuilder.fromUriString(tokenUri())
				.queryParams(form)
				.encode()
				.build()
				.toUri();
			response = this.http.get(name(), uri, this::acceptJson);
		}
		else {
			response = this.http.postForm(name(), URI.create(tokenUri()), (headers) -> {
				acceptJson(headers);
				if (method == ClientAuthenticationMethod.CLIENT_SECRET_BASIC
						|| method == ClientAuthenticationMethod.CLIENT_SECRET_BASIC_AND_POST) {
					// RFC 6749, section 2.3.1: id and secret are form-encoded before Basic encoding.
					headers.setBasicAuth(formEncode(clientId()), formEncode(String.valueOf(secret)));
				}
			}, form);
		}
		return response.readObject(name(), "access token");
	}

	// As python-social-auth's OpenIdConnectAuth: Basic when the issuer supports it, else post.
	private ClientAuthenticationMethod clientAuthenticationMethod() {
		ClientAuthenticationMethod method = this.definition.getClientAuthenticationMethod();
		if (method == ClientAuthenticationMethod.CLIENT_SECRET_BASIC && this.discovery != null) {
			List<?> supported = this.discovery.getList("token_endpoint_auth_methods_supported");
			if (supported != null && !supported.contains("client_secret_basic") && supported.contains("client_secret_post")) {
				return ClientAuthenticationMethod.CLIENT_SECRET_POST;
			}
		}
		return method;
	}

	@Override
	public SocialDetails userDetails(Map<String, Object> response) {
		return this.definition.getDetailsMapper().apply(response);
	}

	@Override
	public String userId(SocialDetails details, Map<String, Object> response) {
		return userIdMapper().requireUserId(name(), details, response);
	}

	/**
	 * Whether the uid is the provider's id that never changes: the definition has one, and the
	 * registration did not choose python-social-auth's uid instead.
	 * @return whether the unique user id is in use
	 */
	public boolean usesUniqueUserId() {
		return this.definition.getUniqueUserIdMapper() != null
				&& !Boolean.FALSE.equals(this.registration.getUseUniqueUserId());
	}

	private UserIdMapper userIdMapper() {
		return usesUniqueUserId() ? this.definition.getUniqueUserIdMapper() : this.definition.getUserIdMapper();
	}


	/**
	 * The token fields python-social-auth keeps: {@code auth_time}, {@code access_token},
	 * {@code token_type}, {@code expires} and {@code refresh_token} when present.
	 */
	@Override
	public Map<String, Object> extraData(Map<String, Object> response) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("auth_time", Instant.now().getEpochSecond());
		copy(response, "access_token", data, "access_token");
		copy(response, "token_type", data, "token_type");
		copy(response, "refresh_token", data, "refresh_token");
		copy(response, (response.get("expires_in") != null) ? "expires_in" : "expires", data, "expires");
		return data;
	}

	private void acceptJson(HttpHeaders headers) {
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
	}

	private static void copy(Map<String, Object> from, String key, Map<String, Object> to, String as) {
		Object value = from.get(key);
		if (value != null) {
			to.put(as, value);
		}
	}

	private static String formEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String pick(String override, String fallback) {
		return StringUtils.hasText(override) ? override : fallback;
	}

	private String pick(String override, String fallback, String discovered) {
		String uri = pick(override, fallback);
		return (uri == null && this.discovery != null) ? this.discovery.get(discovered) : uri;
	}

	@Override
	public String toString() {
		return "OAuth2Provider[" + name() + "]";
	}

}
