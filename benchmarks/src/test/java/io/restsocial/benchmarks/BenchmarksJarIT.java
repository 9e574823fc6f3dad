package io.restsocial.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks jar, once packaged: the Spring metadata that several of the jars shaded into it
 * declare under one name is merged, every jar's entries kept.
 * <p>
 * Appended, {@code META-INF/spring.factories} kept only the last jar's values of a key that several
 * jars list, so every bench app started without Boot's background pre-initializer, its shared
 * class-file cache and eight failure analyzers (issue 9). Nothing failed; the figures moved when the
 * jars' order changed. These checks run after {@code package}, on the jar itself.
 */
class BenchmarksJarIT {

	private static final Path JAR = Path.of("target", "benchmarks.jar");

	// The jars shaded into it: maven-dependency-plugin writes the runtime class path there.
	private static final Path SHADED = Path.of("target", "benchmarks-jar.classpath");

	private static final Path CLASSES = Path.of("target", "classes");

	private static final String SPRING_FACTORIES = "META-INF/spring.factories";

	private static final String AOT_FACTORIES = "META-INF/spring/aot.factories";

	private static final String IMPORTS = "META-INF/spring/"
			+ "org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	private static final String AUTOCONFIGURE_METADATA = "META-INF/spring-autoconfigure-metadata.properties";

	@Test
	void springFactoriesWhenSeveralJarsListAKeyThenHoldsTheValuesOfEach() throws IOException {
		Map<String, Set<String>> expected = expectedFactories(SPRING_FACTORIES);
		// Meaningful only while several jars list one key, as Boot's and Spring's jars do.
		assertThat(expected.get("org.springframework.context.ApplicationListener"))
			.contains("org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializingApplicationListener")
			.contains("org.springframework.boot.context.logging.LoggingApplicationListener");
		assertThat(expected.get("org.springframework.boot.diagnostics.FailureAnalyzer"))
			.contains("io.restsocial.boot.autoconfigure.MissingStorageFailureAnalyzer");
		Map<String, Set<String>> merged = factories(read(JAR, SPRING_FACTORIES));
		expected.forEach((key, values) -> assertThat(merged.get(key)).as(key).containsAll(values));
	}

	@Test
	void aotFactoriesWhenSeveralJarsListAKeyThenHoldsTheValuesOfEach() throws IOException {
		Map<String, Set<String>> expected = expectedFactories(AOT_FACTORIES);
		assertThat(expected).isNotEmpty();
		Map<String, Set<String>> merged = factories(read(JAR, AOT_FACTORIES));
		expected.forEach((key, values) -> assertThat(merged.get(key)).as(key).containsAll(values));
	}

	@Test
	void autoConfigurationImportsHoldEveryJarsAutoConfigurations() throws IOException {
		Set<String> expected = new LinkedHashSet<>();
		for (Path jar : shaded()) {
			expected.addAll(lines(read(jar, IMPORTS)));
		}
		assertThat(expected).contains("io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
		assertThat(lines(read(JAR, IMPORTS))).containsAll(expected);
	}

	@Test
	void autoConfigureMetadataHoldsEveryJarsConditions() throws IOException {
		Set<String> expected = new LinkedHashSet<>();
		for (Path jar : shaded()) {
			expected.addAll(properties(read(jar, AUTOCONFIGURE_METADATA)).stringPropertyNames());
		}
		assertThat(expected).anyMatch((key) -> key.startsWith("io.restsocial.boot.autoconfigure."))
			.anyMatch((key) -> key.startsWith("org.springframework.boot.jdbc.autoconfigure."));
		assertThat(properties(read(JAR, AUTOCONFIGURE_METADATA)).stringPropertyNames()).containsAll(expected);
	}

	// What the jars shaded into the benchmarks jar declare, key by key.
	private static Map<String, Set<String>> expectedFactories(String name) throws IOException {
		Map<String, Set<String>> expected = new TreeMap<>();
		for (Path jar : shaded()) {
			factories(read(jar, name))
				.forEach((key, values) -> expected.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(values));
		}
		return expected;
	}

	private static List<Path> shaded() throws IOException {
		assertThat(JAR).as("the packaged benchmarks jar").isRegularFile();
		assertThat(SHADED).as("the class path maven-dependency-plugin writes").isRegularFile();
		List<Path> jars = new ArrayList<>();
		jars.add(CLASSES);
		for (String entry : Files.readString(SHADED, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				jars.add(Path.of(entry));
			}
		}
		assertThat(jars).hasSizeGreaterThan(20);
		return jars;
	}

	// The resource of a jar or a directory, empty when it has none.
	private static String read(Path jarOrDirectory, String name) throws IOException {
		if (Files.isDirectory(jarOrDirectory)) {
			Path file = jarOrDirectory.resolve(name);
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
			ZipEntry entry = jar.getEntry(name);
			if (entry == null) {
				return "";
			}
			try (InputStream in = jar.getInputStream(entry)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	// As SpringFactoriesLoader reads the file: properties whose values are comma-separated lists.
	private static Map<String, Set<String>> factories(String content) throws IOException {
		Map<String, Set<String>> factories = new TreeMap<>();
		Properties properties = properties(content);
		for (String key : properties.stringPropertyNames()) {
			Set<String> values = factories.computeIfAbsent(key.trim(), (k) -> new LinkedHashSet<>());
			Arrays.stream(properties.getProperty(key).split(","))
				.map(String::trim)
				.filter((value) -> !value.isEmpty())
				.forEach(values::add);
		}
		return factories;
	}

	private static Properties properties(String content) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(content));
		return properties;
	}

	// As ImportCandidates reads the file: one class a line, # starting a comment.
	private static Set<String> lines(String content) {
		Set<String> lines = new LinkedHashSet<>();
		for (String line : content.split("\n")) {
			int comment = line.indexOf('#');
			String name = ((comment >= 0) ? line.substring(0, comment) : line).trim();
			if (!name.isEmpty()) {
				lines.add(name);
			}
		}
		return lines;
	}

}
