package io.restsocial.core.provider;

import java.util.Map;
import java.util.Optional;


/**
 * A configured social provider: it completes a login with the provider and reads the user from
 * the provider's answer.
 * <p>
 * Its {@link #name()} is the wire name a front-end sends, the same as python-social-auth's
 * ({@code github}, {@code google-oauth2}, ...).
 */
public interface SocialProvider {

	/**
	 * The wire name of this provider.
	 * @return the name
	 */
	String name();

	/**
	 * Complete the login with the provider: exchange what the front-end got for the provider's
	 * tokens and fetch the user's data. Runs outside any database transaction.
	 * @param request the login request
	 * @return the provider's answers merged into one map (token response, then user data)
	 * @throws io.restsocial.core.error.SocialAuthException when the request is incomplete or the
	 * provider refused or failed
	 */
	Map<String, Object> fetchUserData(LoginRequest request);

	/**
	 * Make now what this provider's first login would otherwise make and keep (its token client,
	 * its ID token decoder), so that the first login does not wait for it. The starter calls it
	 * once, on a background thread, when the application is ready; a login may run at the same
	 * time. It must not call the provider. By default it does nothing.
	 */
	default void prepare() {
	}

	/**
	 * Read the user details from the merged response.
	 * @param response what {@link #fetchUserData(LoginRequest)} returned
	 * @return the details
	 */
	SocialDetails userDetails(Map<String, Object> response);

	/**
	 * Read the user's id at this provider.
	 * @param details what {@link #userDetails(Map)} returned
	 * @param response what {@link #fetchUserData(LoginRequest)} returned
	 * @return the provider's id of the user, never empty
	 */
	String userId(SocialDetails details, Map<String, Object> response);

	/**
	 * What to keep on the social account, such as the provider's access token and its expiry.
	 * @param response what {@link #fetchUserData(LoginRequest)} returned
	 * @return the extra data to store
	 */
	Map<String, Object> extraData(Map<String, Object> response);

	/**
	 * The answer of a protocol's first step, for protocols with one (OAuth 1.0a's request token):
	 * when the request is a first step, the provider performs it and answers what the front-end
	 * needs to send the user on; when it is a completion, empty.
	 * @param request the login request
	 * @return the first step's answer, or empty
	 */
	default Optional<Map<String, Object>> firstStep(LoginRequest request) {
		return Optional.empty();
	}

	/**
	 * Whether a request is a protocol's first step (an OAuth 1.0a login without
	 * {@code oauth_token}), which {@link #firstStep} answers; the web layer binds such a request
	 * to the browser before it is performed.
	 * @param request the login request
	 * @return whether it is a first step
	 */
	default boolean isFirstStep(LoginRequest request) {
		return false;
	}

	/**
	 * Whether logins with this provider use a {@code state} (OAuth 2.0 and OpenID Connect do;
	 * OAuth 1.0a does not).
	 * @return whether a state applies
	 */
	default boolean usesState() {
		return true;
	}

	/**
	 * Whether this provider issues ID tokens, which a state's {@code nonce} protects.
	 * @return whether a nonce applies
	 */
	default boolean usesNonce() {
		return false;
	}

	/**
	 * The URL a front-end sends the user to for a state the state endpoint issued: the
	 * provider's authorization endpoint with the client id, scope, state, nonce and PKCE challenge,
	 * and the registration's extra parameters.
	 * @param redirectUri the front-end's redirect URI, or {@code null} to send none
	 * @param state the state
	 * @param nonce the nonce, or {@code null}
	 * @param codeChallenge the PKCE S256 challenge, or {@code null}
	 * @return the URL, or empty for a protocol whose authorization URL is not known in advance
	 * (OAuth 1.0a's needs a request token)
	 */
	default Optional<String> authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge) {
		return Optional.empty();
	}

	/**
	 * Whether a state for this provider keeps a PKCE verifier on the server and answers its
	 * challenge.
	 * @return whether server-side PKCE applies
	 */
	default boolean usesPkce() {
		return false;
	}

}
