package io.restsocial.boot.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Raised when an Authorization header of a known scheme carries a credential that is not valid.
 */
public class InvalidCredentialException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message a message without the credential in it
	 */
	public InvalidCredentialException(String message) {
		super(message);
	}

}
