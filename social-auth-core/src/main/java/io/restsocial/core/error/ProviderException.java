package io.restsocial.core.error;

/**
 * Thrown when a provider refused what it was sent: a 4xx answer, or an {@code error} in a 200
 * body, typically because the code is invalid, expired or was issued for another redirect URI.
 * <p>
 * The provider's own error text is kept apart in {@link #getProviderMessage()}: it is shown to
 * the caller only when verbose errors are switched on.
 */
public class ProviderException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	private final String provider;

	private final String providerMessage;

	/**
	 * Create the exception.
	 * @param provider the provider that refused
	 * @param message our message, without secrets
	 * @param providerMessage the provider's own error text, or {@code null}
	 */
	public ProviderException(String provider, String message, String providerMessage) {
		super(message);
		this.provider = provider;
		this.providerMessage = providerMessage;
	}

	/**
	 * The provider that refused.
	 * @return the provider name
	 */
	public String getProvider() {
		return this.provider;
	}

	/**
	 * The provider's own error text, such as its {@code error} and {@code error_description}.
	 * @return the provider's message, or {@code null}
	 */
	public String getProviderMessage() {
		return this.providerMessage;
	}

}
