package io.restsocial.core.oauth2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oidc.IdTokenValidator;

/**
 * Logins of native apps, which got a token from the provider's SDK rather than a code: an ID token
 * checked against the provider's keys, with no call to the provider, or an access token the
 * provider confirms was issued to this application.
 */
final class NativeLogins {

	private final String provider;

	private final IdTokenValidator idTokens;

	private final AccessTokenVerifier accessTokenVerifier;

	private final boolean allowAccessToken;

	NativeLogins(String provider, IdTokenValidator idTokens, AccessTokenVerifier accessTokenVerifier,
			boolean allowAccessToken) {
		this.provider = provider;
		this.idTokens = idTokens;
		this.accessTokenVerifier = accessTokenVerifier;
		this.allowAccessToken = allowAccessToken;
	}

	/**
	 * Whether a request without a code is a native login this provider takes.
	 * @param request the login request
	 * @return whether it carries an ID token and the provider checks ID tokens
	 */
	boolean isIdTokenLogin(LoginRequest request) {
		return request.idToken() != null && !request.idToken().isBlank() && this.idTokens != null;
	}

	/**
	 * Log in with an ID token: a native SDK's token may be issued to the app's own client id
	 * (iOS, Android) as well as the web one.
	 * @param request the login request
	 * @param audiences the client ids the token may be issued to
	 * @return the token's claims and the token
	 */
	Map<String, Object> idToken(LoginRequest request, List<String> audiences) {
		Map<String, Object> response = new LinkedHashMap<>(
				this.idTokens.validate(request.idToken(), audiences, request.nonce(), "id_token"));
		response.put("id_token", request.idToken());
		return response;
	}

	/**
	 * Log in with an access token, once the provider confirms it is this application's.
	 * @param request the login request
	 * @param verification what the verifier needs
	 * @param userInfo how the user's data is fetched with the token
	 * @return the token and the user's data
	 */
	Map<String, Object> accessToken(LoginRequest request, AccessTokenVerification verification,
			Function<Map<String, Object>, Map<String, Object>> userInfo) {
		if (this.accessTokenVerifier == null || !this.allowAccessToken) {
			throw new InvalidRequestException("Provider '" + this.provider + "' takes no 'access_token' logins"
					+ ((this.accessTokenVerifier != null) ? " unless its registration sets allow-access-token" : ""),
					"access_token");
		}
		this.accessTokenVerifier.verify(verification);
		Map<String, Object> tokenResponse = Map.of("access_token", request.accessToken());
		Map<String, Object> response = new LinkedHashMap<>(tokenResponse);
		response.putAll(userInfo.apply(tokenResponse));
		return response;
	}

}
