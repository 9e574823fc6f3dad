package io.restsocial.core.provider.builtin;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in provider has its data-driven contract: a file named by its wire name, run by
 * {@link ProviderContractTests} for OAuth 2.0 and OpenID Connect providers and by
 * {@link OAuth1ProviderContractTests} for OAuth 1.0a ones. A provider added without its
 * contract fails here.
 */
class ProviderContractCoverageTests {

	@Test
	void everyBuiltInProviderHasAContractFile() {
		assertThat(names(ProviderContractTests.files())).as("contract files in %s", ProviderContractTests.DIRECTORY)
			.containsAll(BuiltInProviders.oauth2().keySet());
		assertThat(names(OAuth1ProviderContractTests.files()))
			.as("contract files in %s", OAuth1ProviderContractTests.DIRECTORY)
			.containsAll(BuiltInProviders.oauth1().keySet());
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map((file) -> file.getFileName().toString().replaceFirst("\\.json$", "")).toList();
	}

}
