package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a login request lacks a field or carries one that is malformed.
 */
public class InvalidRequestException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	public InvalidRequestException(String message, String... fields) {
		super(message, List.of(fields), null);
	}

	public InvalidRequestException(String message, List<String> fields, Throwable cause) {
		super(message, fields, cause);
	}

}
