package io.restsocial.core.provider;

import java.util.List;
import java.util.Map;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The application's side of a provider: its client keys, the scope it asks for, and any
 * endpoint that replaces the provider definition's default (a test stub, an enterprise instance,
 * a regional host). Built with {@link #withName(String)}; validated in {@link Builder#build()}.
 */
public final class ProviderRegistration {

	private final String name;

	private final String clientId;

	private final String clientSecret;

	private final List<String> scope;

	private final Map<String, String> extraParams;

	private final String authorizationUri;

	private final String tokenUri;

	private final String userInfoUri;

	private final String requestTokenUri;

	private final String accessTokenUri;

	private final String issuerUri;

	private final String jwkSetUri;

	private final Boolean pkce;

	private final Boolean useUniqueUserId;

	private final List<String> audiences;

	private final boolean allowAccessToken;

	private final Map<String, String> settings;

	private ProviderRegistration(Builder builder) {
		this.name = builder.name;
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.scope = (builder.scope != null) ? List.copyOf(builder.scope) : null;
		this.extraParams = Map.copyOf(builder.extraParams);
		this.authorizationUri = builder.authorizationUri;
		this.tokenUri = builder.tokenUri;
		this.userInfoUri = builder.userInfoUri;
		this.requestTokenUri = builder.requestTokenUri;
		this.accessTokenUri = builder.accessTokenUri;
		this.issuerUri = builder.issuerUri;
		this.jwkSetUri = builder.jwkSetUri;
		this.pkce = builder.pkce;
		this.useUniqueUserId = builder.useUniqueUserId;
		this.audiences = List.copyOf(builder.audiences);
		this.allowAccessToken = builder.allowAccessToken;
		this.settings = Map.copyOf(builder.settings);
	}

	/**
	 * Start a registration for the provider of the given wire name.
	 * @param name the provider's wire name
	 * @return a builder
	 */
	public static Builder withName(String name) {
		return new Builder(name);
	}

	/**
	 * The provider's wire name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The client id the provider issued to the application.
	 * @return the client id
	 */
	public String getClientId() {
		return this.clientId;
	}

	/**
	 * The client secret the provider issued to the application.
	 * @return the client secret, or {@code null} for public clients
	 */
	public String getClientSecret() {
		return this.clientSecret;
	}

	/**
	 * The scope to ask for, replacing the definition's default.
	 * @return the scope, or {@code null} to use the default
	 */
	public List<String> getScope() {
		return this.scope;
	}

	/**
	 * Extra parameters for the provider's authorization request.
	 * @return the parameters, never {@code null}
	 */
	public Map<String, String> getExtraParams() {
		return this.extraParams;
	}

	/**
	 * Override of the authorization endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getAuthorizationUri() {
		return this.authorizationUri;
	}

	/**
	 * Override of the token endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getTokenUri() {
		return this.tokenUri;
	}

	/**
	 * Override of the user-info endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getUserInfoUri() {
		return this.userInfoUri;
	}

	/**
	 * Override of the OAuth 1.0a request-token endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getRequestTokenUri() {
		return this.requestTokenUri;
	}

	/**
	 * Override of the OAuth 1.0a access-token endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getAccessTokenUri() {
		return this.accessTokenUri;
	}

	/**
	 * Override of the OpenID Connect issuer.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getIssuerUri() {
		return this.issuerUri;
	}

	/**
	 * Override of the JWK set endpoint.
	 * @return the URI, or {@code null} for the definition's
	 */
	public String getJwkSetUri() {
		return this.jwkSetUri;
	}

	/**
	 * Whether states keep a PKCE verifier for this provider.
	 * @return the choice, or {@code null} for the definition's default
	 */
	public Boolean getPkce() {
		return this.pkce;
	}

	/**
	 * Whether the uid is the provider's id that never changes rather than python-social-auth's
	 * default (python-social-auth's {@code USE_UNIQUE_USER_ID}).
	 * @return the choice, or {@code null} for the definition's default
	 */
	public Boolean getUseUniqueUserId() {
		return this.useUniqueUserId;
	}

	/**
	 * Further client ids an ID token may be issued to (a mobile app's, beside the web one).
	 * @return the extra audiences, never {@code null}
	 */
	public List<String> getAudiences() {
		return this.audiences;
	}

	/**
	 * Whether a native app may log in with a provider access token (checked with the provider).
	 * @return whether access-token logins are allowed
	 */
	public boolean isAllowAccessToken() {
		return this.allowAccessToken;
	}

	/**
	 * Provider-specific settings, such as Apple's team and key ids.
	 * @return the settings, never {@code null}
	 */
	public Map<String, String> getSettings() {
		return this.settings;
	}

	/**
	 * Builds a {@link ProviderRegistration}.
	 */
	public static final class Builder {

		private final String name;

		private String clientId;

		private String clientSecret;

		private List<String> scope;

		private Map<String, String> extraParams = Map.of();

		private String authorizationUri;

		private String tokenUri;

		private String userInfoUri;

		private String requestTokenUri;

		private String accessTokenUri;

		private String issuerUri;

		private String jwkSetUri;

		private Boolean pkce;

		private Boolean useUniqueUserId;

		private List<String> audiences = List.of();

		private boolean allowAccessToken;

		private Map<String, String> settings = Map.of();

		private Builder(String name) {
			this.name = name;
		}

		/**
		 * Set the client id.
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * Set the client secret.
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Set the scope, replacing the definition's default.
		 * @param scope the scope, or {@code null} for the default
		 * @return this builder
		 */
		public Builder scope(List<String> scope) {
			this.scope = scope;
			return this;
		}

		/**
		 * Set extra authorization-request parameters.
		 * @param extraParams the parameters
		 * @return this builder
		 */
		public Builder extraParams(Map<String, String> extraParams) {
			this.extraParams = (extraParams != null) ? extraParams : Map.of();
			return this;
		}

		/**
		 * Override the authorization endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder authorizationUri(String uri) {
			this.authorizationUri = uri;
			return this;
		}

		/**
		 * Override the token endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder tokenUri(String uri) {
			this.tokenUri = uri;
			return this;
		}

		/**
		 * Override the user-info endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder userInfoUri(String uri) {
			this.userInfoUri = uri;
			return this;
		}

		/**
		 * Override the OAuth 1.0a request-token endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder requestTokenUri(String uri) {
			this.requestTokenUri = uri;
			return this;
		}

		/**
		 * Override the OAuth 1.0a access-token endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder accessTokenUri(String uri) {
			this.accessTokenUri = uri;
			return this;
		}

		/**
		 * Override the OpenID Connect issuer.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder issuerUri(String uri) {
			this.issuerUri = uri;
			return this;
		}

		/**
		 * Override the JWK set endpoint.
		 * @param uri the URI
		 * @return this builder
		 */
		public Builder jwkSetUri(String uri) {
			this.jwkSetUri = uri;
			return this;
		}

		/**
		 * Choose whether states keep a PKCE verifier.
		 * @param pkce the choice, or {@code null} for the definition's default
		 * @return this builder
		 */
		public Builder pkce(Boolean pkce) {
			this.pkce = pkce;
			return this;
		}

		/**
		 * Choose whether the uid is the provider's id that never changes.
		 * @param useUniqueUserId the choice, or {@code null} for the definition's default
		 * @return this builder
		 */
		public Builder useUniqueUserId(Boolean useUniqueUserId) {
			this.useUniqueUserId = useUniqueUserId;
			return this;
		}

		/**
		 * Set further client ids an ID token may be issued to.
		 * @param audiences the extra audiences
		 * @return this builder
		 */
		public Builder audiences(List<String> audiences) {
			this.audiences = (audiences != null) ? audiences : List.of();
			return this;
		}

		/**
		 * Allow logins with a provider access token.
		 * @param allowAccessToken whether to allow them
		 * @return this builder
		 */
		public Builder allowAccessToken(boolean allowAccessToken) {
			this.allowAccessToken = allowAccessToken;
			return this;
		}

		/**
		 * Set provider-specific settings.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(Map<String, String> settings) {
			this.settings = (settings != null) ? settings : Map.of();
			return this;
		}

		/**
		 * Build the registration.
		 * @return the registration
		 * @throws IllegalArgumentException if the name or client id is empty
		 */
		public ProviderRegistration build() {
			Assert.hasText(this.name, "name cannot be empty");
			Assert.isTrue(StringUtils.hasText(this.clientId),
					() -> "clientId of provider '" + this.name + "' cannot be empty");
			return new ProviderRegistration(this);
		}

	}

}
