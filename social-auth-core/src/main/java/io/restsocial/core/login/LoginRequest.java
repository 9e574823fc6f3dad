package io.restsocial.core.login;

import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.user.SocialUser;

/**
 * What a front-end sent to log in, with the provider already resolved and the redirect URI
 * already decided.
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
 * @param currentUser the user already authenticated on this request, to whom the social
 * account is linked; {@code null} for an anonymous caller
 */
public record LoginRequest(String provider, String code, String redirectUri, String codeVerifier, String state,
		String nonce, String oauthToken, String oauthVerifier, String idToken, String accessToken,
		SocialUser currentUser) {

	/**
	 * A request to log in with an OAuth 2.0 authorization code.
	 * @param provider the provider's wire name
	 * @param code the code
	 * @param redirectUri the redirect URI
	 * @return the request
	 */
	public static LoginRequest ofCode(String provider, String code, String redirectUri) {
		return new LoginRequest(provider, code, redirectUri, null, null, null, null, null, null, null, null);
	}

	/**
	 * A copy of this request on behalf of an authenticated user.
	 * @param user the current user, or {@code null}
	 * @return the new request
	 */
	public LoginRequest withCurrentUser(SocialUser user) {
		return new LoginRequest(this.provider, this.code, this.redirectUri, this.codeVerifier, this.state, this.nonce,
				this.oauthToken, this.oauthVerifier, this.idToken, this.accessToken, user);
	}

	/**
	 * A copy of this request with what the server kept of its state: the nonce, and the PKCE
	 * verifier unless the front-end sent one itself.
	 * @param consumed the consumed state
	 * @return the new request
	 */
	public LoginRequest withState(ConsumedState consumed) {
		String verifier = (this.codeVerifier != null) ? this.codeVerifier : consumed.codeVerifier();
		return new LoginRequest(this.provider, this.code, this.redirectUri, verifier, this.state, consumed.nonce(),
				this.oauthToken, this.oauthVerifier, this.idToken, this.accessToken, this.currentUser);
	}

	@Override
	public String toString() {
		// Codes and tokens are credentials: never in a log line.
		return "LoginRequest[provider=" + this.provider + ", redirectUri=" + this.redirectUri + ", currentUser="
				+ ((this.currentUser != null) ? this.currentUser.id() : null) + "]";
	}

}
