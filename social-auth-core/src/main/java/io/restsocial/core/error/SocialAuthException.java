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

	/**
	 * A stable, machine-readable name of the kind of failure, such as {@code provider_refused}:
	 * what a front-end tells errors apart by (the message is for people and may change). The
	 * starter maps each code to an HTTP status and a problem {@code type}.
	 * @return the code, lower-case words joined by underscores
	 */
	public String getCode() {
		return "invalid_request";
	}

}
