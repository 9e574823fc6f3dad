package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a login request lacks a field or carries one that is malformed.
 */
public class InvalidRequestException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what is wrong and how to fix it
	 * @param fields the request fields to blame
	 */
	public InvalidRequestException(String message, String... fields) {
		super(message, List.of(fields), null);
	}

	/**
	 * Create the exception.
	 * @param message what is wrong and how to fix it
	 * @param fields the request fields to blame
	 * @param cause the cause, or {@code null}
	 */
	public InvalidRequestException(String message, List<String> fields, Throwable cause) {
		super(message, fields, cause);
	}

	@Override
	public String getCode() {
		return "invalid_request";
	}

}
