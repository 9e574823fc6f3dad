package io.restsocial.core.error;

/**
 * Thrown when a provider could not be reached, answered with a 5xx status, or answered with
 * something that is not a usable response.
 */
public class ProviderUnavailableException extends ProviderException {

	private static final long serialVersionUID = 1L;

	public ProviderUnavailableException(String provider, String message, String providerMessage) {
		super(provider, message, providerMessage);
	}

}
