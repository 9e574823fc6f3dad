package io.restsocial.core.error;

/**
 * Thrown when a provider could not be reached, answered with a 5xx status, or answered with
 * something that is not a usable response.
 */
public class ProviderUnavailableException extends ProviderException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param provider the provider that failed
	 * @param message our message, without secrets
	 * @param providerMessage the provider's own error text, or {@code null}
	 */
	public ProviderUnavailableException(String provider, String message, String providerMessage) {
		super(provider, message, providerMessage);
	}

	@Override
	public String getCode() {
		return "provider_unavailable";
	}

}
