package io.restsocial.core.provider;

import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.user.SocialUser;

/**
 * What a front-end sent to log in, with the provider already resolved and the redirect URI
 * already decided. Built with {@link #builder(String)}.
 *
 * @param provider the provider's wire name
 * @param code the OAuth 2.0 authorization code
 * @param redirectUri the redirect URI the code was issued for
 * @param codeVerifier the PKCE code verifier, or {@code null}
 * @param state the state the front-end got from the state endpoint, or {@code null}
 * @param nonce the nonce an ID token must carry (kept with the state on the server), or
 * {@code null}
 * @param oauthToken the OAuth 1.0a token, or {@code null}
 * @param oauthVerifier the OAuth 1.0a verifier, or {@code null}
 * @param idToken an OpenID Connect ID token from a native SDK, or {@code null}
 * @param accessToken an access token from a native SDK, or {@code null}
 * @param user the JSON text of the {@code user} object Sign in with Apple posts on a first
 * login, or {@code null}
 * @param currentUser the user already authenticated on this request, to whom the social
 * account is linked; {@code null} for an anonymous caller
 * @param stateBinding the binding value of the browser's state cookie, or {@code null}; an
 * OAuth 1.0a step one carrying one binds its request token to that browser
 * @param browser whether the request came from a browser, which must present a state (or an
 * OAuth 1.0a request token) bound to it
 * @param signedRequest a Facebook {@code signed_request} (the JavaScript SDK's
 * {@code authResponse.signedRequest}, a canvas page's), or {@code null}
 */
public record LoginRequest(String provider, String code, String redirectUri, String codeVerifier, String state,
		String nonce, String oauthToken, String oauthVerifier, String idToken, String accessToken, String user,
		SocialUser currentUser, String stateBinding, boolean browser, String signedRequest) {

	/**
	 * Start a request for a provider.
	 * @param provider the provider's wire name
	 * @return a builder
	 */
	public static Builder builder(String provider) {
		return new Builder(provider);
	}

	/**
	 * A request to log in with an OAuth 2.0 authorization code.
	 * @param provider the provider's wire name
	 * @param code the code
	 * @param redirectUri the redirect URI
	 * @return the request
	 */
	public static LoginRequest ofCode(String provider, String code, String redirectUri) {
		return builder(provider).code(code).redirectUri(redirectUri).build();
	}

	/**
	 * A builder holding this request's values.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return builder(this.provider).code(this.code)
			.redirectUri(this.redirectUri)
			.codeVerifier(this.codeVerifier)
			.state(this.state)
			.nonce(this.nonce)
			.oauthToken(this.oauthToken)
			.oauthVerifier(this.oauthVerifier)
			.idToken(this.idToken)
			.accessToken(this.accessToken)
			.user(this.user)
			.currentUser(this.currentUser)
			.stateBinding(this.stateBinding)
			.browser(this.browser)
			.signedRequest(this.signedRequest);
	}

	/**
	 * A copy of this request on behalf of an authenticated user.
	 * @param user the current user, or {@code null}
	 * @return the new request
	 */
	public LoginRequest withCurrentUser(SocialUser user) {
		return toBuilder().currentUser(user).build();
	}

	/**
	 * A copy of this request with what the server derives from its state: the nonce, and the
	 * PKCE verifier unless the front-end sent one itself.
	 * @param consumed the consumed state
	 * @return the new request
	 */
	public LoginRequest withState(ConsumedState consumed) {
		return toBuilder().nonce(consumed.nonce())
			.codeVerifier((this.codeVerifier != null) ? this.codeVerifier : consumed.codeVerifier())
			.build();
	}

	@Override
	public String toString() {
		// Codes and tokens are credentials: never in a log line.
		return "LoginRequest[provider=" + this.provider + ", redirectUri=" + this.redirectUri + ", currentUser="
				+ ((this.currentUser != null) ? this.currentUser.id() : null) + "]";
	}

	/**
	 * Builds a {@link LoginRequest}.
	 */
	public static final class Builder {

		private final String provider;

		private String code;

		private String redirectUri;

		private String codeVerifier;

		private String state;

		private String nonce;

		private String oauthToken;

		private String oauthVerifier;

		private String idToken;

		private String accessToken;

		private String user;

		private SocialUser currentUser;

		private String signedRequest;

		private String stateBinding;

		private boolean browser;

		private Builder(String provider) {
			this.provider = provider;
		}

		/**
		 * Set the authorization code.
		 * @param code the code
		 * @return this builder
		 */
		public Builder code(String code) {
			this.code = code;
			return this;
		}

		/**
		 * Set the redirect URI.
		 * @param redirectUri the redirect URI
		 * @return this builder
		 */
		public Builder redirectUri(String redirectUri) {
			this.redirectUri = redirectUri;
			return this;
		}

		/**
		 * Set the PKCE code verifier.
		 * @param codeVerifier the verifier
		 * @return this builder
		 */
		public Builder codeVerifier(String codeVerifier) {
			this.codeVerifier = codeVerifier;
			return this;
		}

		/**
		 * Set the state.
		 * @param state the state
		 * @return this builder
		 */
		public Builder state(String state) {
			this.state = state;
			return this;
		}

		/**
		 * Set the expected nonce.
		 * @param nonce the nonce
		 * @return this builder
		 */
		public Builder nonce(String nonce) {
			this.nonce = nonce;
			return this;
		}

		/**
		 * Set the OAuth 1.0a token.
		 * @param oauthToken the token
		 * @return this builder
		 */
		public Builder oauthToken(String oauthToken) {
			this.oauthToken = oauthToken;
			return this;
		}

		/**
		 * Set the OAuth 1.0a verifier.
		 * @param oauthVerifier the verifier
		 * @return this builder
		 */
		public Builder oauthVerifier(String oauthVerifier) {
			this.oauthVerifier = oauthVerifier;
			return this;
		}

		/**
		 * Set a native app's ID token.
		 * @param idToken the token
		 * @return this builder
		 */
		public Builder idToken(String idToken) {
			this.idToken = idToken;
			return this;
		}

		/**
		 * Set a native app's access token.
		 * @param accessToken the token
		 * @return this builder
		 */
		public Builder accessToken(String accessToken) {
			this.accessToken = accessToken;
			return this;
		}

		/**
		 * Set the JSON text of Apple's {@code user} object.
		 * @param user the JSON text
		 * @return this builder
		 */
		public Builder user(String user) {
			this.user = user;
			return this;
		}

		/**
		 * Set the already authenticated user.
		 * @param currentUser the user
		 * @return this builder
		 */
		public Builder currentUser(SocialUser currentUser) {
			this.currentUser = currentUser;
			return this;
		}

		/**
		 * Set the binding value the browser's state cookie holds.
		 * @param stateBinding the value, or {@code null}
		 * @return this builder
		 */
		public Builder stateBinding(String stateBinding) {
			this.stateBinding = stateBinding;
			return this;
		}

		/**
		 * Set whether the request came from a browser, which must then present a state bound to
		 * it.
		 * @param browser whether it came from a browser
		 * @return this builder
		 */
		public Builder browser(boolean browser) {
			this.browser = browser;
			return this;
		}

		/**
		 * Set the Facebook {@code signed_request} the front-end posted.
		 * @param signedRequest the signed request, or {@code null}
		 * @return this builder
		 */
		public Builder signedRequest(String signedRequest) {
			this.signedRequest = signedRequest;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public LoginRequest build() {
			return new LoginRequest(this.provider, this.code, this.redirectUri, this.codeVerifier, this.state,
				this.nonce, this.oauthToken, this.oauthVerifier, this.idToken, this.accessToken, this.user,
				this.currentUser, this.stateBinding, this.browser, this.signedRequest);
		}

	}

}
