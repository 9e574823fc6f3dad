package io.restsocial.core.provider.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's provider table against the registry: one row per built-in provider, in wire-name
 * order, whose protocol and default scope are the definition's, with a link to the provider's
 * documentation. The expected table is written to {@code target/provider-table.md} (the docs and
 * notes of README's rows kept, a new provider's docs taken from its contract's {@code source}),
 * to be pasted between README's {@code providers:start} and {@code providers:end} markers.
 */
class ProviderTableTests {

	private static final Path README = Path.of("..", "README.md");

	private static final String START = "<!-- providers:start -->";

	private static final String END = "<!-- providers:end -->";

	record Row(String name, String protocol, String scope, String docs, String notes) {

		String markdown() {
			return "| `" + this.name + "` | " + this.protocol + " | " + this.scope + " | [docs](" + this.docs + ") | "
					+ this.notes + " |";
		}

	}

	@Test
	void readmeProviderTableWhenComparedWithRegistryThenSameProvidersProtocolsAndScopes() throws IOException {
		Map<String, Row> documented = readme();
		List<Row> expected = expected(documented);
		List<String> table = new ArrayList<>(List.of("| Provider | Protocol | Default scope | Docs | Notes |",
				"|---|---|---|---|---|"));
		expected.forEach((row) -> table.add(row.markdown()));
		Path generated = Path.of("target", "provider-table.md");
		Files.createDirectories(generated.getParent());
		Files.writeString(generated, String.join("\n", table) + "\n", StandardCharsets.UTF_8);
		assertThat(documented.values().stream().map(Row::markdown).toList())
			.as("README's provider table; the expected one is in %s", generated.toAbsolutePath())
			.containsExactlyElementsOf(expected.stream().map(Row::markdown).toList());
		assertThat(expected).allSatisfy((row) -> assertThat(row.docs()).as("%s's docs", row.name()).startsWith("https://"));
	}

	private static List<Row> expected(Map<String, Row> documented) {
		Map<String, String> sources = sources();
		Map<String, Row> rows = new TreeMap<>();
		for (OAuth2ProviderDefinition definition : BuiltInProviders.oauth2().values()) {
			String protocol = (definition.getIdToken() != null) ? "OpenID Connect" : "OAuth 2.0";
			rows.put(definition.getName(), row(definition.getName(), definition.isPkce() ? protocol + " + PKCE" : protocol,
					definition.getScope().isEmpty() ? "none" : "`" + String.join(" ", definition.getScope()) + "`",
					documented, sources));
		}
		for (OAuth1ProviderDefinition definition : BuiltInProviders.oauth1().values()) {
			rows.put(definition.name(), row(definition.name(), "OAuth 1.0a", "none", documented, sources));
		}
		return List.copyOf(rows.values());
	}

	private static Row row(String name, String protocol, String scope, Map<String, Row> documented,
			Map<String, String> sources) {
		Row known = documented.get(name);
		String docs = (known != null) ? known.docs() : sources.getOrDefault(name, "");
		return new Row(name, protocol, scope, docs, (known != null) ? known.notes() : "");
	}

	// A provider's contract names where its payloads come from; its first URL is its docs.
	private static Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		for (Path file : ProviderContractTests.files()) {
			JsonNode contract = ProviderContractTests.read(file);
			String source = contract.path("source").asString();
			int start = source.indexOf("https://");
			if (start >= 0) {
				int end = source.indexOf(' ', start);
				String url = source.substring(start, (end < 0) ? source.length() : end);
				sources.put(contract.path("provider").asString(), url.replaceAll("[;,)]+$", ""));
			}
		}
		return sources;
	}

	private static Map<String, Row> readme() throws IOException {
		List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
		int start = lines.indexOf(START);
		int end = lines.indexOf(END);
		assertThat(start).as("README's %s marker", START).isNotNegative();
		assertThat(end).as("README's %s marker", END).isGreaterThan(start);
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : lines.subList(start + 1, end)) {
			if (!line.startsWith("| `")) {
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
			assertThat(cells).as("README row %s", line).hasSize(5);
			String name = cells[0].strip().replace("`", "");
			String docs = cells[3].strip();
			docs = docs.startsWith("[docs](") ? docs.substring("[docs](".length(), docs.length() - 1) : docs;
			rows.put(name, new Row(name, cells[1].strip(), cells[2].strip(), docs, cells[4].strip()));
		}
		return rows;
	}

}
