package io.restsocial.core.error;

/**
 * Thrown when the pipeline refuses a social account, for example because its email domain is
 * not allowed.
 */
public class AuthForbiddenException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message why the login is refused
	 */
	public AuthForbiddenException(String message) {
		super(message);
	}

	@Override
	public String getCode() {
		return "forbidden";
	}

}
