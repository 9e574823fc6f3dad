package io.restsocial.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDE completion of {@code rest.social.providers.<name>}: the configuration metadata hints name
 * every built-in provider, and only those (besides {@code oidc}'s generic entry).
 */
class ProviderHintsTests {

	@Test
	void providerKeysHintWhenReadThenNamesEveryBuiltInProvider() throws IOException {
		JsonNode metadata;
		try (InputStream input = getClass()
			.getResourceAsStream("/META-INF/additional-spring-configuration-metadata.json")) {
			metadata = JsonMapper.builder().build().readTree(input);
		}
		List<String> hinted = new ArrayList<>();
		for (JsonNode hint : metadata.path("hints")) {
			if (hint.path("name").asString().equals("rest.social.providers.keys")) {
				hint.path("values").forEach((value) -> {
					hinted.add(value.path("value").asString());
					assertThat(value.path("description").asString()).as("%s's description", value.path("value"))
						.isNotBlank();
				});
			}
		}
		List<String> builtIn = Stream
			.concat(BuiltInProviders.oauth2().keySet().stream(), BuiltInProviders.oauth1().keySet().stream())
			.toList();
		assertThat(hinted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(builtIn);
	}

}
