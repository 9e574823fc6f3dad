package io.restsocial.boot.web;

import java.util.List;

import io.restsocial.core.error.SocialAuthException;

/**
 * Thrown for an endpoint that is not here: a login endpoint that does not exist or whose
 * credential kind is not configured, or {@code jwks.json} when there is no public key.
 */
public class UnknownEndpointException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what is not here, and why
	 */
	public UnknownEndpointException(String message) {
		super(message, List.of(), null);
	}

	@Override
	public String getCode() {
		return "not_found";
	}

}
