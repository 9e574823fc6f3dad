package io.restsocial.core.oauth1;

import java.util.Optional;

/**
 * Keeps the secret of each OAuth 1.0a request token between the login's two steps, which may
 * reach different instances: the secret never leaves the server.
 */
public interface RequestTokenStore {

	/**
	 * Keep a request token's secret.
	 * @param provider the provider's wire name
	 * @param token the request token
	 * @param secret its secret
	 */
	void save(String provider, String token, String secret);

	/**
	 * Take a request token's secret out: each token can be used once, before it expires.
	 * @param provider the provider's wire name
	 * @param token the request token
	 * @return the secret, or empty for an unknown, used or expired token
	 */
	Optional<String> consume(String provider, String token);

}
