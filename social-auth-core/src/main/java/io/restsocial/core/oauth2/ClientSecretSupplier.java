package io.restsocial.core.oauth2;

import java.time.Clock;
import java.util.Map;

/**
 * Makes the client secret a token request sends, for providers whose secret is not a fixed
 * string (Sign in with Apple's is a JWT the client signs).
 */
@FunctionalInterface
public interface ClientSecretSupplier {

	/**
	 * The secret for the next token request.
	 * @param request the application's client id and settings
	 * @return the client secret
	 */
	String clientSecret(Request request);

	/**
	 * What a secret is made from.
	 *
	 * @param provider the provider's wire name
	 * @param clientId the application's client id
	 * @param settings the registration's provider-specific settings (Apple's team and key ids)
	 * @param clock the clock that stamps the secret
	 */
	record Request(String provider, String clientId, Map<String, String> settings, Clock clock) {

		@Override
		public String toString() {
			return "ClientSecretSupplier.Request[" + this.provider + "]";
		}

	}

}
