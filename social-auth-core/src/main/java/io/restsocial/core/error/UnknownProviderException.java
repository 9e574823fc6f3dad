package io.restsocial.core.error;

import java.util.List;

/**
 * Thrown when a login request names a provider that is not configured.
 */
public class UnknownProviderException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	private final String provider;

	/**
	 * Create the exception.
	 * @param provider the provider name that was asked for
	 */
	public UnknownProviderException(String provider) {
		super("Unknown provider '" + provider + "': it is not built in, or has no client-id configured",
				List.of("provider"), null);
		this.provider = provider;
	}

	/**
	 * The provider name that was asked for.
	 * @return the provider name
	 */
	public String getProvider() {
		return this.provider;
	}

	@Override
	public String getCode() {
		return "unknown_provider";
	}

}
