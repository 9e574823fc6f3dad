package io.restsocial.core.provider.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' contract files on the test class path, for {@link ProviderContractTests} and
 * {@link OAuth1ProviderContractTests}: one JSON file per provider, each with its cases; and how a
 * case's stubs and expected requests become WireMock's, {@code "{base}"} replaced by the given
 * function.
 */
final class ContractFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ContractFiles() {
	}

	/**
	 * One case of a contract file, named for the test report.
	 *
	 * @param provider the provider's wire name
	 * @param name the case's name
	 * @param spec the case
	 */
	record ContractCase(String provider, String name, JsonNode spec) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Path> files(String directory) {
		URL url = ContractFiles.class.getClassLoader().getResource(directory);
		assertThat(url).as("the %s directory on the test class path", directory).isNotNull();
		try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
			return paths.filter((path) -> path.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode read(Path file) {
		try (InputStream input = Files.newInputStream(file)) {
			return JSON.readTree(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stub one answer of a case.
	 * @param wiremock the provider
	 * @param stub the stub: method, path, status, headers, and a {@code json} or {@code body}
	 * @param base replaces {@code "{base}"} in headers and bodies
	 * @param json changes a JSON body before it is written (signs an ID token)
	 */
	static void stub(WireMockExtension wiremock, JsonNode stub, UnaryOperator<String> base,
			UnaryOperator<JsonNode> json) {
		ResponseDefinitionBuilder answer = WireMock.aResponse().withStatus(stub.path("status").asInt(200));
		strings(stub.path("headers"), base).forEach(answer::withHeader);
		if (stub.has("json")) {
			answer.withHeader("Content-Type", "application/json")
				.withBody(base.apply(json.apply(stub.path("json")).toString()));
		}
		else if (stub.has("body")) {
			answer.withBody(base.apply(stub.path("body").asString()));
		}
		MappingBuilder mapping = WireMock.request(stub.path("method").asString("GET"),
				WireMock.urlPathEqualTo(stub.path("path").asString()));
		wiremock.stubFor(mapping.willReturn(answer));
	}

	/**
	 * Verify that the provider received a request the case expects, as many times as it says.
	 * @param wiremock the provider
	 * @param expected method, path, headers, query, form, the absent ones, body parts and count
	 * @param base replaces {@code "{base}"} in the expected values
	 * @return the request's pattern, for further checks
	 */
	static RequestPatternBuilder verify(WireMockExtension wiremock, JsonNode expected, UnaryOperator<String> base) {
		RequestPatternBuilder pattern = RequestPatternBuilder.newRequestPattern(
				RequestMethod.fromString(expected.path("method").asString("GET")),
				WireMock.urlPathEqualTo(expected.path("path").asString()));
		strings(expected.path("headers"), base).forEach((name, value) -> pattern.withHeader(name, match(value)));
		strings(expected.path("query"), base).forEach((name, value) -> pattern.withQueryParam(name, match(value)));
		strings(expected.path("form"), base).forEach((name, value) -> pattern.withFormParam(name, match(value)));
		expected.path("absent-form").forEach((name) -> pattern.withFormParam(name.asString(), WireMock.absent()));
		expected.path("absent-headers").forEach((name) -> pattern.withHeader(name.asString(), WireMock.absent()));
		expected.path("absent-query").forEach((name) -> pattern.withQueryParam(name.asString(), WireMock.absent()));
		expected.path("body-contains").forEach((part) -> pattern.withRequestBody(WireMock.containing(part.asString())));
		if (expected.has("count")) {
			wiremock.verify(expected.path("count").asInt(), pattern);
		}
		else {
			wiremock.verify(pattern);
		}
		return pattern;
	}

	// Exact, or a substring when the value starts with "~".
	static StringValuePattern match(String value) {
		return value.startsWith("~") ? WireMock.containing(value.substring(1)) : WireMock.equalTo(value);
	}

	static Map<String, String> strings(JsonNode object, UnaryOperator<String> base) {
		Map<String, String> values = new LinkedHashMap<>();
		object.properties().forEach((entry) -> values.put(entry.getKey(), base.apply(entry.getValue().asString())));
		return values;
	}

	static String text(JsonNode node, String name, String otherwise) {
		return node.has(name) ? node.path(name).asString() : otherwise;
	}

	static Stream<Arguments> cases(String directory) {
		List<Arguments> cases = new ArrayList<>();
		for (Path file : files(directory)) {
			JsonNode contract = read(file);
			String provider = contract.path("provider").asString();
			for (JsonNode spec : contract.path("cases")) {
				cases.add(Arguments.of(new ContractCase(provider, spec.path("name").asString(), spec)));
			}
		}
		return cases.stream();
	}

}
