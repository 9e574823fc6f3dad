package io.restsocial.core.oauth2;

import java.util.Map;

import io.restsocial.core.provider.LoginRequest;

/**
 * Adds what a provider's front-end relays in the login request to the merged response the
 * details mapper reads (Sign in with Apple posts the user's name on a first login only).
 */
@FunctionalInterface
public interface LoginResponseCustomizer {

	/**
	 * Customize the merged response of a completed login.
	 * @param request the login request
	 * @param response the merged response, to change in place
	 * @throws io.restsocial.core.error.InvalidRequestException when what the request relays is
	 * malformed
	 */
	void customize(LoginRequest request, Map<String, Object> response);

}
