package io.restsocial.core.oauth2;

import java.time.Clock;

import io.restsocial.core.provider.LoginRequest;

/**
 * Turns what a front-end posted in a provider's own form into a login the provider takes (a
 * Facebook {@code signed_request} into its code), checking it with the application's keys first.
 */
@FunctionalInterface
public interface LoginRequestConverter {

	/**
	 * Convert the request.
	 * @param request the request as posted
	 * @param keys the application's keys and the clock
	 * @return the request to log in with, maybe the same
	 * @throws io.restsocial.core.error.InvalidRequestException when what was posted does not check
	 */
	LoginRequest convert(LoginRequest request, Keys keys);

	/**
	 * The application's keys of the provider, and the clock that judges ages.
	 *
	 * @param provider the provider's wire name
	 * @param clientId the client id
	 * @param clientSecret the client secret, or {@code null}
	 * @param clock the clock
	 */
	record Keys(String provider, String clientId, String clientSecret, Clock clock) {

		@Override
		public String toString() {
			return "Keys[" + this.provider + ", " + this.clientId + "]";
		}

	}

}
