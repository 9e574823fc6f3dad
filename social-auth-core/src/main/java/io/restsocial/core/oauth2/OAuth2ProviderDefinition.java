package io.restsocial.core.oauth2;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * What an OAuth 2.0 provider is, declared once: its wire name, endpoints, default scope, how the
 * client authenticates, how the user's data is fetched and how the user is read from it.
 * <p>
 * A definition holds no keys; combined with a
 * {@link io.restsocial.core.provider.ProviderRegistration} it becomes an {@link OAuth2Provider}.
 * Quirks stay inside the definition, as its own parts (a {@link UserInfoLoader}, token request
 * converters, an {@link ProviderResponse.Errors errors} reader), never in shared code.
 */
public final class OAuth2ProviderDefinition {

	private final String name;

	private final String authorizationUri;

	private final String tokenUri;

	private final String userInfoUri;

	private final List<String> scope;

	private final String scopeSeparator;

	private final ClientAuthenticationMethod clientAuthenticationMethod;

	private final UserInfoLoader userInfoLoader;

	private final Function<Map<String, Object>, SocialDetails> detailsMapper;

	private final UserIdMapper userIdMapper;

	private final UserIdMapper uniqueUserIdMapper;

	private final boolean pkce;

	private final IdTokenSettings idToken;

	private final boolean accessTokenOptional;

	private final JwtAccessTokenSettings jwtAccessToken;

	private final AccessTokenVerifier accessTokenVerifier;

	private final ClientSecretSupplier clientSecretSupplier;

	private final ProviderResponse.Errors errors;

	private final Consumer<RestClientAuthorizationCodeTokenResponseClient> tokenRequestCustomizer;

	private final Function<RestClient, OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>> tokenResponseClient;

	private final LoginResponseCustomizer responseCustomizer;

	private final LoginRequestConverter requestConverter;

	private final IdTokenClaimsCheck idTokenCheck;

	private OAuth2ProviderDefinition(Builder builder) {
		this.name = builder.name;
		this.authorizationUri = builder.authorizationUri;
		this.tokenUri = builder.tokenUri;
		this.userInfoUri = builder.userInfoUri;
		this.scope = List.copyOf(builder.scope);
		this.scopeSeparator = builder.scopeSeparator;
		this.clientAuthenticationMethod = builder.clientAuthenticationMethod;
		this.userInfoLoader = builder.userInfoLoader;
		this.detailsMapper = builder.detailsMapper;
		this.userIdMapper = builder.userIdMapper;
		this.uniqueUserIdMapper = builder.uniqueUserIdMapper;
		this.pkce = builder.pkce;
		this.idToken = builder.idToken;
		this.accessTokenOptional = builder.accessTokenOptional;
		this.jwtAccessToken = builder.jwtAccessToken;
		this.accessTokenVerifier = builder.accessTokenVerifier;
		this.clientSecretSupplier = builder.clientSecretSupplier;
		this.errors = builder.errors;
		this.tokenRequestCustomizer = builder.tokenRequestCustomizer;
		this.tokenResponseClient = builder.tokenResponseClient;
		this.responseCustomizer = builder.responseCustomizer;
		this.requestConverter = builder.requestConverter;
		this.idTokenCheck = builder.idTokenCheck;
	}

	/**
	 * Start a definition.
	 * @param name the provider's wire name
	 * @return a builder
	 */
	public static Builder withName(String name) {
		return new Builder(name);
	}

	/**
	 * Start a definition from a copy of another one, to serve it under another wire name or
	 * change a part of it.
	 * <pre class="code">
	 * OAuth2ProviderDefinition google = OAuth2ProviderDefinition.from(GoogleProvider.definition())
	 *     .name("google")
	 *     .build();
	 * </pre>
	 * @param definition the definition to copy
	 * @return a builder holding every part of the definition
	 */
	public static Builder from(OAuth2ProviderDefinition definition) {
		Assert.notNull(definition, "definition cannot be null");
		return new Builder(definition);
	}

	/**
	 * The wire name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The default authorization endpoint, which the front-end sends the user to.
	 * @return the URI
	 */
	public String getAuthorizationUri() {
		return this.authorizationUri;
	}

	/**
	 * The default token endpoint.
	 * @return the URI
	 */
	public String getTokenUri() {
		return this.tokenUri;
	}

	/**
	 * The default user-info endpoint.
	 * @return the URI, or {@code null} when the provider has none
	 */
	public String getUserInfoUri() {
		return this.userInfoUri;
	}

	/**
	 * The default scope.
	 * @return the scope, maybe empty
	 */
	public List<String> getScope() {
		return this.scope;
	}

	/**
	 * How scopes are joined in the authorization request.
	 * @return the separator
	 */
	public String getScopeSeparator() {
		return this.scopeSeparator;
	}

	/**
	 * How the client authenticates at the token endpoint.
	 * @return the method, or {@code null} for discovery's choice (Basic when the issuer takes it,
	 * else post), or post without discovery
	 */
	public ClientAuthenticationMethod getClientAuthenticationMethod() {
		return this.clientAuthenticationMethod;
	}

	/**
	 * How the user's data is fetched.
	 * @return the loader
	 */
	public UserInfoLoader getUserInfoLoader() {
		return this.userInfoLoader;
	}

	/**
	 * How the user details are read from the merged response.
	 * @return the mapper
	 */
	public Function<Map<String, Object>, SocialDetails> getDetailsMapper() {
		return this.detailsMapper;
	}

	/**
	 * How the provider's user id is read.
	 * @return the mapper
	 */
	public UserIdMapper getUserIdMapper() {
		return this.userIdMapper;
	}

	/**
	 * How the provider's id that never changes is read, for a provider whose
	 * {@link #getUserIdMapper() python-social-auth uid} may change (an email, a login name).
	 * @return the mapper, or {@code null} when the uid already never changes
	 */
	public UserIdMapper getUniqueUserIdMapper() {
		return this.uniqueUserIdMapper;
	}

	/**
	 * Whether the provider wants PKCE by default.
	 * @return whether states keep a PKCE verifier unless the registration says otherwise
	 */
	public boolean isPkce() {
		return this.pkce;
	}

	/**
	 * How the provider's ID tokens are checked.
	 * @return the settings, or {@code null} for a provider without ID tokens
	 */
	public IdTokenSettings getIdToken() {
		return this.idToken;
	}

	/**
	 * Whether the token response may carry an ID token alone, without an {@code access_token}
	 * (Azure AD B2C when the scope asks for no API of its own).
	 * @return whether a token response without an access token is read rather than refused
	 */
	public boolean isAccessTokenOptional() {
		return this.accessTokenOptional;
	}

	/**
	 * How the provider's access token, a signed JWT that carries the user, is checked.
	 * @return the settings, or {@code null} when the access token is opaque to us
	 */
	public JwtAccessTokenSettings getJwtAccessToken() {
		return this.jwtAccessToken;
	}

	/**
	 * How a native app's access token is confirmed to be this application's.
	 * @return the verifier, or {@code null} when the provider takes no access-token logins
	 */
	public AccessTokenVerifier getAccessTokenVerifier() {
		return this.accessTokenVerifier;
	}

	/**
	 * How the client secret of a token request is made.
	 * @return the supplier, or {@code null} for the registration's fixed secret
	 */
	public ClientSecretSupplier getClientSecretSupplier() {
		return this.clientSecretSupplier;
	}

	/**
	 * How the provider reports errors in the bodies of its answers.
	 * @return the errors
	 */
	public ProviderResponse.Errors getErrors() {
		return this.errors;
	}

	/**
	 * How Spring's token response client is adapted to the provider's departures from RFC 6749
	 * (its parameters and headers converters).
	 * @return the customizer, applied once when the provider is built
	 */
	public Consumer<RestClientAuthorizationCodeTokenResponseClient> getTokenRequestCustomizer() {
		return this.tokenRequestCustomizer;
	}

	/**
	 * The token response client of a provider whose token request is not a form POST, made from
	 * the {@link RestClient} that reads its answers.
	 * @return the factory, or {@code null} for Spring's
	 * {@link RestClientAuthorizationCodeTokenResponseClient}
	 */
	public Function<RestClient, OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>> getTokenResponseClient() {
		return this.tokenResponseClient;
	}

	/**
	 * The provider's own rule on the claims of every ID token a login takes.
	 * @return the check, or {@code null}
	 */
	public IdTokenClaimsCheck getIdTokenCheck() {
		return this.idTokenCheck;
	}

	/**
	 * What the provider adds to a login's merged response from the request itself.
	 * @return the customizer, or {@code null}
	 */
	public LoginResponseCustomizer getResponseCustomizer() {
		return this.responseCustomizer;
	}

	/**
	 * What turns a request posted in the provider's own form into a login it takes.
	 * @return the converter, or {@code null}
	 */
	public LoginRequestConverter getRequestConverter() {
		return this.requestConverter;
	}

	/**
	 * Builds an {@link OAuth2ProviderDefinition}.
	 */
	public static final class Builder {

		private String name;

		private String authorizationUri;

		private String tokenUri;

		private String userInfoUri;

		private List<String> scope = List.of();

		private String scopeSeparator = " ";

		private ClientAuthenticationMethod clientAuthenticationMethod;

		private UserInfoLoader userInfoLoader = UserInfoLoader.bearer();

		private Function<Map<String, Object>, SocialDetails> detailsMapper;

		private UserIdMapper userIdMapper = UserIdMapper.key("id");

		private UserIdMapper uniqueUserIdMapper;

		private boolean pkce;

		private IdTokenSettings idToken;

		private boolean accessTokenOptional;

		private JwtAccessTokenSettings jwtAccessToken;

		private AccessTokenVerifier accessTokenVerifier;

		private ClientSecretSupplier clientSecretSupplier;

		private ProviderResponse.Errors errors = ProviderResponse.Errors.RFC_6749;

		private Consumer<RestClientAuthorizationCodeTokenResponseClient> tokenRequestCustomizer = (client) -> {
		};

		private Function<RestClient, OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>> tokenResponseClient;

		private LoginResponseCustomizer responseCustomizer;

		private LoginRequestConverter requestConverter;

		private IdTokenClaimsCheck idTokenCheck;

		private Builder(String name) {
			this.name = name;
		}

		private Builder(OAuth2ProviderDefinition definition) {
			this.name = definition.name;
			this.authorizationUri = definition.authorizationUri;
			this.tokenUri = definition.tokenUri;
			this.userInfoUri = definition.userInfoUri;
			this.scope = definition.scope;
			this.scopeSeparator = definition.scopeSeparator;
			this.clientAuthenticationMethod = definition.clientAuthenticationMethod;
			this.userInfoLoader = definition.userInfoLoader;
			this.detailsMapper = definition.detailsMapper;
			this.userIdMapper = definition.userIdMapper;
			this.uniqueUserIdMapper = definition.uniqueUserIdMapper;
			this.pkce = definition.pkce;
			this.idToken = definition.idToken;
			this.accessTokenOptional = definition.accessTokenOptional;
			this.jwtAccessToken = definition.jwtAccessToken;
			this.accessTokenVerifier = definition.accessTokenVerifier;
			this.clientSecretSupplier = definition.clientSecretSupplier;
			this.errors = definition.errors;
			this.tokenRequestCustomizer = definition.tokenRequestCustomizer;
			this.tokenResponseClient = definition.tokenResponseClient;
			this.responseCustomizer = definition.responseCustomizer;
			this.requestConverter = definition.requestConverter;
			this.idTokenCheck = definition.idTokenCheck;
		}

		/**
		 * Set the wire name, which replaces the copied definition's.
		 * @param name the provider's wire name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the authorization endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder authorizationUri(String uri) {
			this.authorizationUri = uri;
			return this;
		}

		/**
		 * Set the token endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder tokenUri(String uri) {
			this.tokenUri = uri;
			return this;
		}

		/**
		 * Set the user-info endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder userInfoUri(String uri) {
			this.userInfoUri = uri;
			return this;
		}

		/**
		 * Set the default scope.
		 * @param scope the scope
		 * @return this builder
		 */
		public Builder scope(String... scope) {
			this.scope = List.of(scope);
			return this;
		}

		/**
		 * Set how scopes are joined (a space by default).
		 * @param separator the separator
		 * @return this builder
		 */
		public Builder scopeSeparator(String separator) {
			this.scopeSeparator = separator;
			return this;
		}

		/**
		 * Set how the client authenticates at the token endpoint ({@code client_secret_basic}
		 * or {@code client_secret_post}; a provider that sends the secret both ways says so
		 * with {@link TokenRequests#clientCredentialsInBody()}).
		 * @param method the method
		 * @return this builder
		 */
		public Builder clientAuthenticationMethod(ClientAuthenticationMethod method) {
			this.clientAuthenticationMethod = method;
			return this;
		}

		/**
		 * Set how the user's data is fetched ({@link UserInfoLoader#bearer()} by default).
		 * @param loader the loader
		 * @return this builder
		 */
		public Builder userInfoLoader(UserInfoLoader loader) {
			this.userInfoLoader = loader;
			return this;
		}

		/**
		 * Set how the user details are read.
		 * @param mapper the mapper
		 * @return this builder
		 */
		public Builder detailsMapper(Function<Map<String, Object>, SocialDetails> mapper) {
			this.detailsMapper = mapper;
			return this;
		}

		/**
		 * Set how the user id is read (the response's {@code id} by default).
		 * @param mapper the mapper
		 * @return this builder
		 */
		public Builder userIdMapper(UserIdMapper mapper) {
			this.userIdMapper = mapper;
			return this;
		}

		/**
		 * Declare the provider's id that never changes, for a provider whose python-social-auth
		 * uid may change: it is the uid unless the registration says
		 * {@code useUniqueUserId(false)}.
		 * @param mapper the mapper
		 * @return this builder
		 */
		public Builder uniqueUserIdMapper(UserIdMapper mapper) {
			this.uniqueUserIdMapper = mapper;
			return this;
		}

		/**
		 * Set whether the provider wants PKCE by default (false unless set).
		 * @param pkce whether states keep a PKCE verifier
		 * @return this builder
		 */
		public Builder pkce(boolean pkce) {
			this.pkce = pkce;
			return this;
		}

		/**
		 * Declare that the provider issues ID tokens, and how they are checked.
		 * @param idToken the settings
		 * @return this builder
		 */
		public Builder idToken(IdTokenSettings idToken) {
			this.idToken = idToken;
			return this;
		}

		/**
		 * Declare that the token response may carry an ID token alone, without an
		 * {@code access_token} (false unless set): the login's user then comes from the ID token,
		 * which must be there, and the {@link UserInfoLoader} is given a {@code null} access
		 * token. Only a provider with ID tokens may say so; every other token response without an
		 * access token is refused.
		 * @param accessTokenOptional whether the access token may be missing
		 * @return this builder
		 */
		public Builder accessTokenOptional(boolean accessTokenOptional) {
			this.accessTokenOptional = accessTokenOptional;
			return this;
		}

		/**
		 * Declare that the access token is a signed JWT that carries the user: a code login checks
		 * it (signature, issuer, audience, expiry) and merges its claims into the login's
		 * response, before the user-info loader runs.
		 * @param settings how it is checked
		 * @return this builder
		 */
		public Builder jwtAccessToken(JwtAccessTokenSettings settings) {
			this.jwtAccessToken = settings;
			return this;
		}

		/**
		 * Let native apps log in with an access token, confirmed by this verifier (the app must
		 * also set {@code allow-access-token}).
		 * @param verifier the verifier
		 * @return this builder
		 */
		public Builder accessTokenVerifier(AccessTokenVerifier verifier) {
			this.accessTokenVerifier = verifier;
			return this;
		}

		/**
		 * Make the client secret per token request instead of using the registration's.
		 * @param supplier the supplier
		 * @return this builder
		 */
		public Builder clientSecretSupplier(ClientSecretSupplier supplier) {
			this.clientSecretSupplier = supplier;
			return this;
		}

		/**
		 * Set how the provider reports errors in its answers' bodies (RFC 6749's {@code error}
		 * unless set).
		 * @param errors the errors
		 * @return this builder
		 */
		public Builder errors(ProviderResponse.Errors errors) {
			this.errors = errors;
			return this;
		}

		/**
		 * Adapt Spring's token response client to a departure from RFC 6749: add a parameters or
		 * headers converter. Calls compose, in order.
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder tokenRequest(Consumer<RestClientAuthorizationCodeTokenResponseClient> customizer) {
			Assert.notNull(customizer, "customizer cannot be null");
			this.tokenRequestCustomizer = this.tokenRequestCustomizer.andThen(customizer);
			return this;
		}

		/**
		 * Replace Spring's token response client, for a provider whose token request is not a
		 * form POST (see {@link QueryTokenResponseClient}).
		 * @param factory makes the client from the {@link RestClient} that reads the provider's
		 * answers
		 * @return this builder
		 */
		public Builder tokenResponseClient(
				Function<RestClient, OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>> factory) {
			this.tokenResponseClient = factory;
			return this;
		}

		/**
		 * Add the provider's own rule on the claims of every ID token a login takes: the code
		 * exchange's and a native app's alike (Azure AD B2C's user flow).
		 * @param check the check
		 * @return this builder
		 */
		public Builder idTokenCheck(IdTokenClaimsCheck check) {
			this.idTokenCheck = check;
			return this;
		}

		/**
		 * Let the provider add to a login's merged response from the request (Sign in with
		 * Apple's posted {@code user}).
		 * @param customizer the customizer
		 * @return this builder
		 */
		public Builder responseCustomizer(LoginResponseCustomizer customizer) {
			this.responseCustomizer = customizer;
			return this;
		}

		/**
		 * Let the provider turn what a front-end posted in its own form (Facebook's
		 * {@code signed_request}) into a login it takes, before the login runs.
		 * @param converter the converter
		 * @return this builder
		 */
		public Builder requestConverter(LoginRequestConverter converter) {
			this.requestConverter = converter;
			return this;
		}

		/**
		 * Build the definition.
		 * @return the definition
		 * @throws IllegalArgumentException if a required part is missing
		 */
		public OAuth2ProviderDefinition build() {
			Assert.hasText(this.name, "name cannot be empty");
			Assert.isTrue(this.tokenUri != null || (this.idToken != null && this.idToken.discovery()),
					"tokenUri cannot be empty unless it comes from discovery");
			Assert.notNull(this.scopeSeparator, "scopeSeparator cannot be null");
			Assert.notNull(this.errors, "errors cannot be null");
			Assert.notNull(this.userInfoLoader, "userInfoLoader cannot be null");
			Assert.notNull(this.detailsMapper, "detailsMapper cannot be null");
			Assert.notNull(this.userIdMapper, "userIdMapper cannot be null");
			Assert.isTrue(!this.accessTokenOptional || this.idToken != null,
					"accessTokenOptional needs ID tokens, which then carry the user");
			return new OAuth2ProviderDefinition(this);
		}

	}

}
