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
		this(provider, message, null);
	}

	/**
	 * Create the exception.
	 * @param provider the provider that timed out
	 * @param message our message, without secrets or the provider's URL
	 * @param providerMessage what was called (host and path), for the log and verbose errors,
	 * or {@code null}
	 */
	public ProviderTimeoutException(String provider, String message, String providerMessage) {
		super(provider, message, providerMessage);
	}

	@Override
	public String getCode() {
		return "provider_timeout";
	}

}
