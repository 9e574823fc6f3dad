package io.restsocial.core.provider.builtin;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
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

	@Test
	void oauth2WithOwnDefinitionsThenTheyReplaceOrAddNamesAndTheBuiltInOnesAreShared() {
		OAuth2ProviderDefinition ownGitHub = OAuth2ProviderDefinition.withName(GitHubProvider.NAME)
			.authorizationUri("https://git.example.com/login/oauth/authorize")
			.tokenUri("https://git.example.com/login/oauth/access_token")
			.userInfoUri("https://git.example.com/api/v3/user")
			.detailsMapper((response) -> SocialDetails.of("octocat", null, null, null, null))
			.build();
		OAuth2ProviderDefinition mine = OAuth2ProviderDefinition.withName("mine")
			.authorizationUri("https://id.example.com/authorize")
			.tokenUri("https://id.example.com/token")
			.userInfoUri("https://id.example.com/me")
			.detailsMapper((response) -> SocialDetails.of("me", null, null, null, null))
			.build();
		Map<String, OAuth2ProviderDefinition> known = BuiltInProviders.oauth2(List.of(ownGitHub, mine));
		assertThat(known.get(GitHubProvider.NAME)).isSameAs(ownGitHub);
		assertThat(known.get("mine")).isSameAs(mine);
		assertThat(known.get(GitLabProvider.NAME)).isSameAs(BuiltInProviders.oauth2().get(GitLabProvider.NAME));
		assertThat(known).hasSize(BuiltInProviders.oauth2().size() + 1);
		assertThat(known.keySet()).endsWith("mine");
		// The built-in catalogue is not changed by an application's definitions.
		assertThat(BuiltInProviders.oauth2().get(GitHubProvider.NAME)).isNotSameAs(ownGitHub);
		assertThat(BuiltInProviders.oauth2()).doesNotContainKey("mine");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> known.remove("mine"));
	}

	@Test
	void oauth2WhenNamesAreListedThenOnlyTheDefinitionReadHasItsClassLoaded() throws Exception {
		// A class loader of its own, so that no other test has loaded the providers' classes.
		try (Isolated loader = new Isolated()) {
			Class<?> catalogue = loader.loadClass(BuiltInProviders.class.getName());
			@SuppressWarnings("unchecked")
			Map<String, ?> definitions = (Map<String, ?>) catalogue.getMethod("oauth2").invoke(null);
			assertThat(definitions.keySet()).contains(GitHubProvider.NAME, AmazonProvider.NAME);
			assertThat(loader.loaded(AmazonProvider.class)).isFalse();
			assertThat(loader.loaded(GitHubProvider.class)).isFalse();
			assertThat(definitions.get(GitHubProvider.NAME)).isNotNull();
			assertThat(loader.loaded(GitHubProvider.class)).isTrue();
			assertThat(loader.loaded(AmazonProvider.class)).isFalse();
		}
	}

	private static final class Isolated extends URLClassLoader {

		Isolated() throws MalformedURLException {
			super(classPath(), ClassLoader.getPlatformClassLoader());
		}

		boolean loaded(Class<?> type) {
			return findLoadedClass(type.getName()) != null;
		}

		private static URL[] classPath() throws MalformedURLException {
			List<URL> urls = new ArrayList<>();
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				urls.add(new File(entry).toURI().toURL());
			}
			return urls.toArray(URL[]::new);
		}

	}

}
