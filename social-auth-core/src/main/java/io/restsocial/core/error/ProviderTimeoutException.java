package io.restsocial.core.error;

/**
 * Thrown when a provider did not connect or answer within the configured timeouts.
 */
public class ProviderTimeoutException extends ProviderUnavailableException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param provider the provider that timed out
	 * @param message our message, without secrets
	 */
	public ProviderTimeoutException(String provider, String message) {
		super(provider, message, null);
	}

}
