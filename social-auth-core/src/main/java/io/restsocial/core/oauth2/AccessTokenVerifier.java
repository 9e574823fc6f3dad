package io.restsocial.core.oauth2;

/**
 * Confirms with a provider that an access token a native app sent was issued to this
 * application: without that check, any app's token for the same user would log in as them.
 */
@FunctionalInterface
public interface AccessTokenVerifier {

	/**
	 * Check the token.
	 * @param verification the token, the application's keys and the client for the call
	 * @throws io.restsocial.core.error.InvalidRequestException when the provider does not confirm
	 * it was issued to this application
	 */
	void verify(AccessTokenVerification verification);

}
