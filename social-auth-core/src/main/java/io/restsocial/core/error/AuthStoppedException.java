package io.restsocial.core.error;

import java.util.Map;

/**
 * Thrown by a pipeline step that stops a login with a status and body of its own choosing.
 */
public class AuthStoppedException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final Map<String, Object> body;

	/**
	 * Create an exception that answers the login with the given status and body.
	 * @param status the HTTP status to answer with
	 * @param message the message for the {@code error} key
	 * @param body further keys of the response body, may be empty
	 */
	public AuthStoppedException(int status, String message, Map<String, Object> body) {
		super(message);
		this.status = status;
		this.body = Map.copyOf(body);
	}

	/**
	 * The HTTP status the login answers with.
	 * @return the status code
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Further keys of the response body.
	 * @return the extra body entries
	 */
	public Map<String, Object> getBody() {
		return this.body;
	}

	@Override
	public String getCode() {
		return "login_stopped";
	}

}
