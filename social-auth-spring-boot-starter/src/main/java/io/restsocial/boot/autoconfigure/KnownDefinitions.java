package io.restsocial.boot.autoconfigure;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * The OAuth 2.0 definitions a provider's name may refer to: the application's
 * {@link OAuth2ProviderDefinition} beans over the built-in ones. A view, so that looking up the
 * providers an application configures makes only those of the built-in definitions (which are
 * made when first read), not all of them (issue 9).
 */
final class KnownDefinitions extends AbstractMap<String, OAuth2ProviderDefinition> {

	private final Map<String, OAuth2ProviderDefinition> builtIn;

	private final Map<String, OAuth2ProviderDefinition> own = new LinkedHashMap<>();

	private final Set<String> names;

	KnownDefinitions(Map<String, OAuth2ProviderDefinition> builtIn, List<OAuth2ProviderDefinition> own) {
		this.builtIn = builtIn;
		own.forEach((definition) -> this.own.put(definition.getName(), definition));
		Set<String> names = new LinkedHashSet<>(builtIn.keySet());
		names.addAll(this.own.keySet());
		this.names = Collections.unmodifiableSet(names);
	}

	@Override
	public OAuth2ProviderDefinition get(Object name) {
		OAuth2ProviderDefinition own = this.own.get(name);
		return (own != null) ? own : this.builtIn.get(name);
	}

	@Override
	public boolean containsKey(Object name) {
		return this.names.contains(name);
	}

	@Override
	public Set<String> keySet() {
		return this.names;
	}

	@Override
	public int size() {
		return this.names.size();
	}

	@Override
	public Set<Entry<String, OAuth2ProviderDefinition>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, OAuth2ProviderDefinition>> iterator() {
				Iterator<String> names = KnownDefinitions.this.names.iterator();
				return new Iterator<>() {

					@Override
					public boolean hasNext() {
						return names.hasNext();
					}

					@Override
					public Entry<String, OAuth2ProviderDefinition> next() {
						String name = names.next();
						return Map.entry(name, get(name));
					}

				};
			}

			@Override
			public int size() {
				return KnownDefinitions.this.names.size();
			}

		};
	}

}
