package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a token sent to a token endpoint is malformed, wrongly signed, expired, revoked or
 * of the wrong type. The message never says which, beyond what a client can act on.
 */
public class InvalidTokenException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what is wrong, without the token in it
	 * @param field the request field that held the token
	 */
	public InvalidTokenException(String message, String field) {
		super(message, List.of(field), null);
	}

	@Override
	public String getCode() {
		return "invalid_token";
	}

}
