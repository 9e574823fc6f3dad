package io.restsocial.core.provider.builtin;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.LoginRequest;

/**
 * Sign in with Google's One Tap ({@code google-onetap}): the front-end posts the One Tap
 * {@code credential}, a Google ID token, as {@code id_token}; it is checked against Google's keys,
 * issuer ({@code https://accounts.google.com}) and this application's client id (or a registered
 * extra audience), with no call to Google, and the user is read from its claims as
 * {@code google-oauth2} reads them (the same uid). As python-social-auth's backend, which cannot
 * start a login flow, it takes no authorization code.
 * <p>
 * python-social-auth also compares a {@code g_csrf_token} body field with Google's cookie of that
 * name: that guards Google's own form post to the back-end in its redirect mode. A REST front-end
 * posts the credential itself, guarded as any login here (the session login's CSRF token, a state
 * and its nonce with {@code require-id-token-nonce}).
 *
 * @see <a href="https://developers.google.com/identity/gsi/web/guides/verify-google-id-token">Verify the
 * Google ID token on your server side</a>
 */
public final class GoogleOneTapProvider {

	/** The wire name. */
	public static final String NAME = "google-onetap";

	private GoogleOneTapProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(GoogleProvider.definition())
			.name(NAME)
			.accessTokenVerifier(null)
			.requestConverter((request, keys) -> idTokenOnly(request))
			.build();
	}

	private static LoginRequest idTokenOnly(LoginRequest request) {
		if (request.code() != null || request.accessToken() != null) {
			throw new InvalidRequestException("Provider '" + NAME
					+ "' takes the One Tap credential as 'id_token', not a code or an access token", "id_token");
		}
		return request;
	}

}
