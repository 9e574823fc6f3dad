package io.restsocial.core.error;

import java.util.List;

/**
 * Base of every exception that ends a login with a message a front-end developer can act on.
 * <p>
 * The message never contains a secret, a code or a token: it is written to the response body.
 * Subclasses say which kind of failure it was, and the starter maps each kind to one HTTP status.
 */
public abstract class SocialAuthException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> fields;

	/**
	 * Create the exception.
	 * @param message what is wrong and how to fix it
	 */
	protected SocialAuthException(String message) {
		this(message, List.of(), null);
	}

	/**
	 * Create the exception.
	 * @param message what is wrong and how to fix it
	 * @param fields the request fields to blame
	 * @param cause the cause, or {@code null}
	 */
	protected SocialAuthException(String message, List<String> fields, Throwable cause) {
		super(message, cause);
		this.fields = List.copyOf(fields);
	}

	/**
	 * Names of the request fields that caused the failure, empty when no field is to blame.
	 * @return the field names, never {@code null}
	 */
	public List<String> getFields() {
		return this.fields;
	}

}
