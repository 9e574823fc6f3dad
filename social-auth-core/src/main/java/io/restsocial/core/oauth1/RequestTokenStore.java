package io.restsocial.core.oauth1;

import java.util.Optional;

/**
 * Keeps the secret of each OAuth 1.0a request token between the login's two steps, which may
 * reach different instances: the secret never leaves the server. A token started by a browser
 * is kept with the hash of that browser's binding, so that step two is checked against it
 * before the token is used up.
 */
public interface RequestTokenStore {

	/**
	 * Keep a request token's secret.
	 * @param provider the provider's wire name
	 * @param token the request token
	 * @param secret its secret
	 * @param binding the hash of the binding value of the browser that ran step one, or
	 * {@code null} for a token bound to no browser
	 */
	void save(String provider, String token, String secret, String binding);

	/**
	 * Read a request token without using it up.
	 * @param provider the provider's wire name
	 * @param token the request token
	 * @return the kept token, or empty for an unknown, used or expired token
	 */
	Optional<RequestToken> find(String provider, String token);

	/**
	 * Use a request token up: each token can be used once.
	 * @param provider the provider's wire name
	 * @param token the request token
	 * @return whether this call used it up; {@code false} when it was already gone, such as
	 * when another login with the same token won a race
	 */
	boolean remove(String provider, String token);

}
