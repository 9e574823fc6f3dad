package io.restsocial.core.oauth2;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oidc.CachingJwkSource;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.oidc.IdTokenValidator;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.UserIdMapper;
import io.restsocial.core.state.Pkce;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * An OAuth 2.0 provider with its keys: a Spring {@link ClientRegistration} and our definition.
 * A login exchanges an authorization code for the provider's tokens (Spring's token response
 * client), checks the ID token of an OpenID Connect provider, then fetches the user's data;
 * native apps' ID token and access token logins are {@link NativeLogins}'.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749, section 4.1.3</a>
 */
public final class OAuth2Provider implements SocialProvider {

	private static final Duration JWKS_REFETCH_INTERVAL = Duration.ofSeconds(5);

	// A failed discovery is answered again, without a call, for this long.
	private static final Duration DISCOVERY_RETRY_INTERVAL = Duration.ofSeconds(5);

	// The authorization request's own parameters, which extra parameters do not replace.
	private static final Set<String> RESERVED_PARAMETERS = Set.of(OAuth2ParameterNames.RESPONSE_TYPE,
			OAuth2ParameterNames.CLIENT_ID, OAuth2ParameterNames.REDIRECT_URI, OAuth2ParameterNames.SCOPE,
			OAuth2ParameterNames.STATE, OidcParameterNames.NONCE, PkceParameterNames.CODE_CHALLENGE,
			PkceParameterNames.CODE_CHALLENGE_METHOD);

	private final OAuth2ProviderDefinition definition;

	private final ProviderRegistration registration;

	private final ProviderHttpClient http;

	private final Clock clock;

	private final LazyClientRegistration clientRegistration;

	private final AuthorizationCodeExchange codeExchange;

	private final IdTokenValidator idTokens;

	private final IdTokenValidator jwtAccessTokens;

	private final NativeLogins nativeLogins;

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
	 * @param clock the clock that judges ID token expiry, ages the cached keys and stamps logins
	 * @throws IllegalStateException when the provider issues ID tokens, has no issuer of its own,
	 * and the registration names none
	 */
	public OAuth2Provider(OAuth2ProviderDefinition definition, ProviderRegistration registration,
			ProviderHttpClient http, Clock clock) {
		Assert.notNull(definition, "definition cannot be null");
		Assert.notNull(registration, "registration cannot be null");
		Assert.notNull(http, "http cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.isTrue(definition.getName().equals(registration.name()),
				"definition and registration must be of the same provider");
		this.definition = definition;
		this.registration = registration;
		this.http = http;
		this.clock = clock;
		IdTokenSettings idToken = definition.getIdToken();
		String issuer = pick(registration.issuerUri(), (idToken != null) ? idToken.issuer() : null);
		if (idToken != null) {
			Assert.state(StringUtils.hasText(issuer), () -> "Provider '" + name()
					+ "' has no issuer of its own: its registration needs an issuer URI");
			this.idTokens = new IdTokenValidator(List.of(issuer), "ID token", idToken.nonceEchoed(),
					new CachingJwkSource(name(), this::jwkSetUri, http, clock, JWKS_REFETCH_INTERVAL), clock);
		}
		else {
			this.idTokens = null;
		}
		JwtAccessTokenSettings jwtAccessToken = definition.getJwtAccessToken();
		this.jwtAccessTokens = (jwtAccessToken != null) ? new IdTokenValidator(jwtAccessToken.issuers(),
				"access token", true, new CachingJwkSource(name(), this::jwkSetUri, http, clock, JWKS_REFETCH_INTERVAL),
				clock) : null;
		this.clientRegistration = new LazyClientRegistration(definition, registration, issuer, http, clock,
				DISCOVERY_RETRY_INTERVAL);
		this.codeExchange = new AuthorizationCodeExchange(definition, http);
		this.nativeLogins = new NativeLogins(name(), this.idTokens, definition.getAccessTokenVerifier(),
				registration.allowAccessToken());
	}

	/**
	 * Make Spring's token client and the ID token (or JWT access token) decoder now, rather than at
	 * the first login. It reads no discovery document and fetches no keys.
	 */
	@Override
	public void prepare() {
		this.codeExchange.prepare();
		if (this.idTokens != null) {
			this.idTokens.prepare();
		}
		if (this.jwtAccessTokens != null) {
			this.jwtAccessTokens.prepare();
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
	 * The application's registration of this provider: its keys and the overrides it set.
	 * @return the registration
	 */
	public ProviderRegistration registration() {
		return this.registration;
	}

	/**
	 * The provider's Spring client registration: keys, client authentication method, scope and
	 * endpoints in effect (from discovery, fetched on first use, for an OpenID Connect issuer).
	 * @return the registration
	 */
	public ClientRegistration clientRegistration() {
		return this.clientRegistration.get();
	}

	/**
	 * The application's client id.
	 * @return the client id
	 */
	public String clientId() {
		return this.registration.clientId();
	}

	/**
	 * The authorization endpoint in effect, which the front-end sends the user to.
	 * @return the URI
	 */
	public String authorizationUri() {
		return clientRegistration().getProviderDetails().getAuthorizationUri();
	}

	/**
	 * The scope in effect.
	 * @return the scope
	 */
	public List<String> scope() {
		return (this.registration.scope() != null) ? this.registration.scope() : this.definition.getScope();
	}

	/**
	 * Whether states for this provider keep a PKCE verifier: the registration's choice, else the
	 * definition's default.
	 */
	@Override
	public boolean usesPkce() {
		return (this.registration.pkce() != null) ? this.registration.pkce() : this.definition.isPkce();
	}

	/**
	 * The authorization URL, built by Spring's {@link OAuth2AuthorizationRequest}: scopes joined
	 * by the definition's separator; the registration's extra parameters never replace one of
	 * the request's own.
	 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749, section 4.1.1</a>
	 */
	@Override
	public Optional<String> authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge) {
		Map<String, Object> extra = new LinkedHashMap<>();
		this.registration.extraParams().forEach((name, value) -> {
			if (!RESERVED_PARAMETERS.contains(name)) {
				extra.put(name, value);
			}
		});
		if (nonce != null) {
			extra.put(OidcParameterNames.NONCE, nonce);
		}
		if (codeChallenge != null) {
			extra.put(PkceParameterNames.CODE_CHALLENGE, codeChallenge);
			extra.put(PkceParameterNames.CODE_CHALLENGE_METHOD, Pkce.S256);
		}
		List<String> scope = scope();
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(authorizationUri())
			.clientId(clientId())
			.redirectUri(redirectUri)
			.scopes(new LinkedHashSet<>(scope))
			.state(state)
			.additionalParameters(extra)
			.parameters((parameters) -> {
				if (!scope.isEmpty()) {
					parameters.put(OAuth2ParameterNames.SCOPE, String.join(this.definition.getScopeSeparator(), scope));
				}
			})
			.build();
		return Optional.of(request.getAuthorizationRequestUri());
	}

	@Override
	public Map<String, Object> fetchUserData(LoginRequest posted) {
		LoginRequestConverter converter = this.definition.getRequestConverter();
		LoginRequest request = (converter != null) ? converter.convert(posted,
				new LoginRequestConverter.Keys(name(), clientId(), this.registration.clientSecret(), this.clock))
				: posted;
		if (!StringUtils.hasText(request.code())) {
			if (this.nativeLogins.isIdTokenLogin(request)) {
				Map<String, Object> claims = this.nativeLogins.idToken(request, audiences());
				String refusal = idTokenRefusal(claims);
				if (refusal != null) {
					throw new InvalidRequestException(refusal, "id_token");
				}
				return customized(request, claims);
			}
			if (StringUtils.hasText(request.accessToken())) {
				return customized(request, this.nativeLogins.accessToken(request,
						accessTokenVerification(request.accessToken()),
						(tokenResponse) -> loadUserInfo(request.accessToken(), tokenResponse)));
			}
			throw new InvalidRequestException("'code' is required: the authorization code the provider returned"
					+ ((this.idTokens != null) ? " (or, from a native app, 'id_token')" : ""), "code");
		}
		if (request.codeVerifier() != null && !Pkce.isValidVerifier(request.codeVerifier())) {
			throw new InvalidRequestException(
					"'code_verifier' must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'",
					"code_verifier");
		}
		ClientRegistration registration = registrationWithSecret();
		Map<String, Object> tokenResponse = this.codeExchange.exchange(registration, request.code(),
				request.redirectUri(), request.codeVerifier());
		String token = (tokenResponse.get("access_token") instanceof String value && !value.isEmpty()) ? value : null;
		if (token == null && !this.definition.isAccessTokenOptional()) {
			throw new ProviderUnavailableException(name(),
					"Provider '" + name() + "' answered the token request without an access_token", null);
		}
		Map<String, Object> idClaims = idTokenClaims(tokenResponse, token, request.nonce(), registration);
		if (this.jwtAccessTokens != null && token != null) {
			// The access token carries the user: its claims count only once it is checked.
			Map<String, Object> claims = this.jwtAccessTokens.validate(token, List.of(clientId()), null, "code");
			idClaims = (idClaims != null) ? new LinkedHashMap<>(idClaims) : new LinkedHashMap<>();
			idClaims.putAll(claims);
		}
		// Without an access token the ID token, then required, carries the user; the loader sees null.
		Map<String, Object> userData = loadUserInfo(token, tokenResponse);
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
		if (token != null) {
			response.putIfAbsent("access_token", token);
		}
		return customized(request, response);
	}

	/**
	 * Exchange an authorization code for the provider's token response.
	 * @param code the authorization code
	 * @param redirectUri the redirect URI the code was issued for, or {@code null}
	 * @param codeVerifier the PKCE code verifier, or {@code null}
	 * @return the token response fields
	 */
	Map<String, Object> exchange(String code, String redirectUri, String codeVerifier) {
		return this.codeExchange.exchange(registrationWithSecret(), code, redirectUri, codeVerifier);
	}

	// The registration of one token request: a made secret (Apple's is a fresh JWT) replaces the
	// registration's.
	private ClientRegistration registrationWithSecret() {
		ClientRegistration registration = clientRegistration();
		ClientSecretSupplier supplier = this.definition.getClientSecretSupplier();
		if (supplier == null) {
			return registration;
		}
		String secret = supplier.clientSecret(new ClientSecretSupplier.Request(name(), clientId(),
				this.registration.settings(), this.clock));
		return ClientRegistration.withClientRegistration(registration).clientSecret(secret).build();
	}

	private Map<String, Object> idTokenClaims(Map<String, Object> tokenResponse, String accessToken, String nonce,
			ClientRegistration registration) {
		if (this.idTokens == null) {
			return null;
		}
		if (!(tokenResponse.get("id_token") instanceof String idToken) || idToken.isEmpty()) {
			if (this.definition.getIdToken().required() || accessToken == null) {
				throw new ProviderUnavailableException(name(),
						"Provider '" + name() + "' answered the token request without an id_token", null);
			}
			return null;
		}
		Map<String, Object> claims = this.idTokens.validate(idToken, registration, nonce, accessToken, "code");
		String refusal = idTokenRefusal(claims);
		if (refusal != null) {
			throw new ProviderException(name(), refusal, null);
		}
		return claims;
	}

	// The definition's own rule on a validated ID token's claims, the same for both ways in.
	private String idTokenRefusal(Map<String, Object> claims) {
		IdTokenClaimsCheck check = this.definition.getIdTokenCheck();
		return (check != null) ? check.refusal(claims, this.registration.settings()) : null;
	}

	private Map<String, Object> loadUserInfo(String accessToken, Map<String, Object> tokenResponse) {
		return this.definition.getUserInfoLoader()
			.load(new UserInfoRequest(name(), clientRegistration().getProviderDetails().getUserInfoEndpoint().getUri(),
					accessToken, tokenResponse, clientId(), this.registration.clientSecret(),
					this.registration.settings(), this.definition.getErrors(), this.http));
	}

	private AccessTokenVerification accessTokenVerification(String accessToken) {
		return new AccessTokenVerification(name(), accessToken, clientId(), this.registration.clientSecret(),
				audiences(), this.registration.settings(), this.definition.getErrors(), this.http);
	}

	private Map<String, Object> customized(LoginRequest request, Map<String, Object> response) {
		LoginResponseCustomizer customizer = this.definition.getResponseCustomizer();
		if (customizer != null) {
			customizer.customize(request, response);
		}
		return response;
	}

	// The client ids tokens may be issued to: the client id, and the registration's extra
	// audiences (a mobile app's).
	private List<String> audiences() {
		List<String> audiences = new ArrayList<>();
		audiences.add(clientId());
		audiences.addAll(this.registration.audiences());
		return audiences;
	}

	private String jwkSetUri() {
		String uri = clientRegistration().getProviderDetails().getJwkSetUri();
		Assert.state(StringUtils.hasText(uri),
				() -> "Provider '" + name() + "' has no JWK set URI: its registration needs one");
		return uri;
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
				&& !Boolean.FALSE.equals(this.registration.useUniqueUserId());
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
		data.put("auth_time", this.clock.instant().getEpochSecond());
		copy(response, "access_token", data, "access_token");
		copy(response, "token_type", data, "token_type");
		copy(response, "refresh_token", data, "refresh_token");
		copy(response, (response.get("expires_in") != null) ? "expires_in" : "expires", data, "expires");
		return data;
	}

	private static void copy(Map<String, Object> from, String key, Map<String, Object> to, String as) {
		Object value = from.get(key);
		if (value != null) {
			to.put(as, value);
		}
	}

	private static String pick(String override, String fallback) {
		return StringUtils.hasText(override) ? override : fallback;
	}

	@Override
	public String toString() {
		return "OAuth2Provider[" + name() + "]";
	}

}
