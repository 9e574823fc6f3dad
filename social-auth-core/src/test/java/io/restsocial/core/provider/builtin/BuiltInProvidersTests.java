package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalogue of built-in providers, whose definitions are made when first read: each name
 * reads a definition of that name, once, and the map cannot be changed.
 */
class BuiltInProvidersTests {

	@Test
	void oauth2WhenEachNameIsReadThenItsDefinitionHasThatName() {
		Map<String, OAuth2ProviderDefinition> definitions = BuiltInProviders.oauth2();
		assertThat(definitions.keySet()).isNotEmpty().allSatisfy((name) -> {
			assertThat(definitions.containsKey(name)).isTrue();
			assertThat(definitions.get(name).getName()).isEqualTo(name);
		});
		assertThat(definitions.entrySet()).hasSize(definitions.size())
			.allSatisfy((entry) -> assertThat(entry.getValue().getName()).isEqualTo(entry.getKey()));
	}

	@Test
	void oauth2WhenReadTwiceThenSameDefinition() {
		assertThat(BuiltInProviders.oauth2().get(GitHubProvider.NAME))
			.isSameAs(BuiltInProviders.oauth2().get(GitHubProvider.NAME));
		assertThat(BuiltInProviders.oauth2().get(PayPalProvider.SANDBOX_NAME).getName())
			.isEqualTo(PayPalProvider.SANDBOX_NAME);
	}

	@Test
	void oauth2WhenUnknownNameThenNone() {
		assertThat(BuiltInProviders.oauth2().get("gihtub")).isNull();
		assertThat(BuiltInProviders.oauth2().containsKey("gihtub")).isFalse();
	}

	@Test
	void oauth2WhenChangedThenRefused() {
		Map<String, OAuth2ProviderDefinition> definitions = BuiltInProviders.oauth2();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> definitions.put("mine", definitions.get(GitHubProvider.NAME)));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> definitions.remove(GitHubProvider.NAME));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> definitions.keySet().remove(GitHubProvider.NAME));
	}

}
