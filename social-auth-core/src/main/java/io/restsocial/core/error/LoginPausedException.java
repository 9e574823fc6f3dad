package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a login paused for more input from the user; it carries the partial token the
 * front-end completes the login with.
 */
public class LoginPausedException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	private final String partialToken;

	/**
	 * Create the exception.
	 * @param message what the user is asked for
	 * @param fields the fields the completion must carry
	 * @param partialToken the partial token
	 */
	public LoginPausedException(String message, List<String> fields, String partialToken) {
		super(message, fields, null);
		this.partialToken = partialToken;
	}

	/**
	 * The token that completes the login.
	 * @return the partial token
	 */
	public String getPartialToken() {
		return this.partialToken;
	}

	@Override
	public String getCode() {
		return "login_paused";
	}

}
