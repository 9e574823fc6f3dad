package io.restsocial.core.oauth2;

/**
 * Makes the client secret a token request sends, for providers whose secret is not a fixed
 * string (Sign in with Apple's is a JWT the client signs).
 */
@FunctionalInterface
public interface ClientSecretSupplier {

	/**
	 * The secret for the next token request.
	 * @param provider the provider, with its registration's keys and settings
	 * @return the client secret
	 */
	String clientSecret(OAuth2Provider provider);

}
