package io.restsocial.core.provider.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' contract files on the test class path, for {@link ProviderContractTests} and
 * {@link OAuth1ProviderContractTests}: one JSON file per provider, each with its cases.
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
