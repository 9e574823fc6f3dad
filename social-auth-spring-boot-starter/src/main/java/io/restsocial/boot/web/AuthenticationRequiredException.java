package io.restsocial.boot.web;

import java.util.List;

import io.restsocial.core.error.SocialAuthException;

/**
 * Thrown by an endpoint that acts for the logged-in user when the request is anonymous.
 */
public class AuthenticationRequiredException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 */
	public AuthenticationRequiredException() {
		super("Authentication credentials were not provided: log in first (session cookie, or an Authorization "
				+ "header with a token)", List.of(), null);
	}

	@Override
	public String getCode() {
		return "authentication_required";
	}

}
