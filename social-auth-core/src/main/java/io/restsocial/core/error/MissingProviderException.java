package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a login request names no provider, neither in its path nor in its body.
 */
public class MissingProviderException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 */
	public MissingProviderException() {
		super("Provider is not specified: send it as the last path segment or as the 'provider' field",
				List.of("provider"), null);
	}

	@Override
	public String getCode() {
		return "missing_provider";
	}

}
