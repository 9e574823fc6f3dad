package io.restsocial.core.provider;

import java.util.List;
import java.util.Map;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The application's side of a provider: its client keys, the scope it asks for, and any
 * endpoint that replaces the provider definition's default (a test stub, an enterprise instance,
 * a regional host). Built with {@link #withName(String)}; validated when built. Its
 * {@link #toString()} shows neither the client secret nor the settings' values.
 *
 * @param name the provider's wire name
 * @param clientId the client id the provider issued to the application
 * @param clientSecret the client secret the provider issued to the application, or {@code null}
 * for public clients
 * @param scope the scope to ask for, replacing the definition's default, or {@code null} to use
 * the default
 * @param extraParams extra parameters for the provider's authorization request, never
 * {@code null}
 * @param authorizationUri override of the authorization endpoint, or {@code null} for the
 * definition's
 * @param tokenUri override of the token endpoint, or {@code null} for the definition's
 * @param userInfoUri override of the user-info endpoint, or {@code null} for the definition's
 * @param requestTokenUri override of the OAuth 1.0a request-token endpoint, or {@code null} for
 * the definition's
 * @param accessTokenUri override of the OAuth 1.0a access-token endpoint, or {@code null} for the
 * definition's
 * @param issuerUri override of the OpenID Connect issuer, or {@code null} for the definition's
 * @param jwkSetUri override of the JWK set endpoint, or {@code null} for the definition's
 * @param pkce whether states keep a PKCE verifier for this provider, or {@code null} for the
 * definition's default
 * @param useUniqueUserId whether the uid is the provider's id that never changes rather than
 * python-social-auth's default (python-social-auth's {@code USE_UNIQUE_USER_ID}), or
 * {@code null} for the definition's default
 * @param audiences further client ids an ID token may be issued to (a mobile app's, beside the
 * web one), never {@code null}
 * @param allowAccessToken whether a native app may log in with a provider access token (checked
 * with the provider)
 * @param settings provider-specific settings, such as Apple's team and key ids, never
 * {@code null}
 */
public record ProviderRegistration(String name, String clientId, String clientSecret, List<String> scope,
		Map<String, String> extraParams, String authorizationUri, String tokenUri, String userInfoUri,
		String requestTokenUri, String accessTokenUri, String issuerUri, String jwkSetUri, Boolean pkce,
		Boolean useUniqueUserId, List<String> audiences, boolean allowAccessToken, Map<String, String> settings) {

	/**
	 * Validate the registration and copy its collections.
	 * @throws IllegalArgumentException if the name or client id is empty
	 */
	public ProviderRegistration {
		Assert.hasText(name, "name cannot be empty");
		Assert.isTrue(StringUtils.hasText(clientId), () -> "clientId of provider '" + name + "' cannot be empty");
		scope = (scope != null) ? List.copyOf(scope) : null;
		extraParams = (extraParams != null) ? Map.copyOf(extraParams) : Map.of();
		audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		settings = (settings != null) ? Map.copyOf(settings) : Map.of();
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
	 * The registration without its secrets: the client secret only as whether it is set, the
	 * settings only by their keys.
	 * @return a description safe for logs
	 */
	@Override
	public String toString() {
		return "ProviderRegistration[name=" + this.name + ", clientId=" + this.clientId + ", clientSecret="
				+ ((this.clientSecret != null) ? "[PROTECTED]" : null) + ", scope=" + this.scope + ", extraParams="
				+ this.extraParams + ", authorizationUri=" + this.authorizationUri + ", tokenUri=" + this.tokenUri
				+ ", userInfoUri=" + this.userInfoUri + ", requestTokenUri=" + this.requestTokenUri
				+ ", accessTokenUri=" + this.accessTokenUri + ", issuerUri=" + this.issuerUri + ", jwkSetUri="
				+ this.jwkSetUri + ", pkce=" + this.pkce + ", useUniqueUserId=" + this.useUniqueUserId
				+ ", audiences=" + this.audiences + ", allowAccessToken=" + this.allowAccessToken + ", settings="
				+ this.settings.keySet() + "]";
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
			return new ProviderRegistration(this.name, this.clientId, this.clientSecret, this.scope, this.extraParams,
					this.authorizationUri, this.tokenUri, this.userInfoUri, this.requestTokenUri, this.accessTokenUri,
					this.issuerUri, this.jwkSetUri, this.pkce, this.useUniqueUserId, this.audiences,
					this.allowAccessToken, this.settings);
		}

	}

}
