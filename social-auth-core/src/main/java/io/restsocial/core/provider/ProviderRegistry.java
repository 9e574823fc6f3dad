package io.restsocial.core.provider;

import java.util.Collection;
import java.util.Optional;

/**
 * The providers that are configured and can be logged in with.
 */
public interface ProviderRegistry {

	/**
	 * Find a provider by its wire name.
	 * @param name the name a front-end sent
	 * @return the provider, or empty when none of that name is configured
	 */
	Optional<SocialProvider> find(String name);

	/**
	 * All configured providers.
	 * @return the providers, in registration order
	 */
	Collection<SocialProvider> providers();

}
