package io.restsocial.core.provider;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.Assert;

/**
 * A {@link ProviderRegistry} over a fixed set of providers.
 */
public final class InMemoryProviderRegistry implements ProviderRegistry {

	private final Map<String, SocialProvider> providers;

	/**
	 * Create a registry of the given providers.
	 * @param providers the providers; their names must be unique
	 */
	public InMemoryProviderRegistry(Collection<? extends SocialProvider> providers) {
		Assert.notNull(providers, "providers cannot be null");
		Map<String, SocialProvider> byName = new LinkedHashMap<>();
		for (SocialProvider provider : providers) {
			SocialProvider previous = byName.put(provider.name(), provider);
			Assert.isNull(previous, () -> "Two providers are named '" + provider.name() + "'");
		}
		this.providers = Collections.unmodifiableMap(byName);
	}

	@Override
	public Optional<SocialProvider> find(String name) {
		return Optional.ofNullable(this.providers.get(name));
	}

	@Override
	public Collection<SocialProvider> providers() {
		return this.providers.values();
	}

}
