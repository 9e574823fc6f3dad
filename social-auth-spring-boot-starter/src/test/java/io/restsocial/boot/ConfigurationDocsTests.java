package io.restsocial.boot;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.Duration;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.observation.DefaultSocialLoginObservationConvention;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation against the configuration metadata that
 * {@code spring-boot-configuration-processor} generates (merged with
 * {@code additional-spring-configuration-metadata.json}): {@code docs/configuration.md} is
 * regenerated from it into {@code target/configuration.md} and must be the same, and every
 * {@code rest.social.*} name the Markdown files mention must exist. The processor does not describe
 * the values of a map, so a provider's keys ({@code rest.social.providers.<name>.*}) are read from
 * {@link RestSocialProperties.Provider}: its properties, their defaults and their field comments.
 * And {@code docs/cors.md}'s recipe, followed by an application of the starter: one
 * {@code UrlBasedCorsConfigurationSource} bean answers the front-end's origin on the starter's
 * endpoints and on the application's own, and no other origin.
 */
class ConfigurationDocsTests {

	private static final Path METADATA = Path.of("target", "classes", "META-INF",
			"spring-configuration-metadata.json");

	private static final Path PROPERTIES_SOURCE = Path.of("src", "main", "java", "io", "restsocial", "boot",
			"autoconfigure", "RestSocialProperties.java");

	private static final Path DOCS = Path.of("..", "docs");

	private static final Path GENERATED = Path.of("target", "configuration.md");

	private static final String REGENERATE = "./mvnw -B -q -pl social-auth-core,social-auth-spring-boot-starter verify"
			+ " -Dtest=ConfigurationDocsTests -Dsurefire.failIfNoSpecifiedTests=false;"
			+ " cp social-auth-spring-boot-starter/target/configuration.md docs/configuration.md";

	private static final String PROVIDER = "rest.social.providers.<name>";

	private static final Pattern MENTION = Pattern.compile("rest\\.social\\.[A-Za-z0-9_.<>*-]*[A-Za-z0-9_>*-]");

	private static final Pattern FIELD = Pattern
		.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*private (?:final )?[\\w<>, .]+ (\\w+)(?: =|;)", Pattern.DOTALL);

	record Property(String name, String type, String defaultValue, String description) {

		String markdown() {
			return "| `" + this.name + "` | " + this.type + " | " + this.defaultValue + " | " + this.description + " |";
		}

	}

	@Test
	void configurationReferenceWhenRegeneratedFromMetadataThenSameAsDocs() throws IOException {
		String expected = reference(properties());
		Files.createDirectories(GENERATED.getParent());
		Files.writeString(GENERATED, expected, StandardCharsets.UTF_8);
		Path documented = DOCS.resolve("configuration.md");
		assertThat(Files.exists(documented)).as("%s exists; to make it, run: %s", documented, REGENERATE).isTrue();
		assertThat(Files.readAllLines(documented, StandardCharsets.UTF_8))
			.as("docs/configuration.md is out of date with the configuration metadata; the expected one is %s."
					+ " From the repository's root, run: %s", GENERATED.toAbsolutePath(), REGENERATE)
			.containsExactlyElementsOf(expected.lines().toList());
	}

	@Test
	void markdownFilesWhenTheyNamePropertiesThenEachExistsInMetadata() throws IOException {
		Set<String> known = new TreeSet<>();
		Set<String> maps = new TreeSet<>();
		for (Map<String, Property> group : properties().values()) {
			for (Property property : group.values()) {
				known.add(property.name());
				if (property.type().startsWith("`Map<")) {
					maps.add(property.name());
				}
			}
		}
		List<Path> files = new ArrayList<>(List.of(Path.of("..", "README.md"), Path.of("..", "SECURITY.md")));
		try (Stream<Path> docs = Files.list(DOCS)) {
			docs.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		// Names that are not properties: the login observation (and so its metric).
		known.add(DefaultSocialLoginObservationConvention.NAME);
		Map<String, String> unknown = new TreeMap<>();
		for (Path file : files) {
			Matcher matcher = MENTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (matcher.find()) {
				String name = normalized(matcher.group());
				if (!exists(name, known, maps)) {
					unknown.put(matcher.group(), file.normalize().toString());
				}
			}
		}
		assertThat(unknown).as("rest.social names in the Markdown files that the configuration metadata lacks")
			.isEmpty();
	}

	@Test
	void corsRecipeWhenFollowedThenStarterAndApplicationEndpointsAnswerOnlyTheFrontEndsOrigin() throws Exception {
		String spa = "https://app.example.com";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApp.class, CorsRecipe.class)
			.properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:cors-" + UUID.randomUUID(),
					"rest.social.providers.github.client-id=github-client")
			.run()) {
			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			for (String path : List.of("/api/login/social/jwt-pair/github/", "/api/me", "/api/login/logout/")) {
				HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(base + path))
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.header("Origin", spa)
					.header("Access-Control-Request-Method", "POST")
					.header("Access-Control-Request-Headers", "authorization,content-type,x-xsrf-token")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(preflight.statusCode()).as("preflight of %s", path).isEqualTo(200);
				assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue(spa);
				assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).as(path)
					.hasValue("true");
				HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + path))
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.header("Origin", "https://elsewhere.example")
					.header("Access-Control-Request-Method", "POST")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(other.statusCode()).as("another origin's preflight of %s", path).isEqualTo(403);
			}
			HttpResponse<String> state = http.send(HttpRequest
				.newBuilder(URI.create(base + "/api/login/social/state/github/"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.header("Origin", spa)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
			assertThat(state.headers().firstValue("Access-Control-Allow-Origin")).hasValue(spa);
			assertThat(state.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
			assertThat(state.headers().allValues("Set-Cookie")).anySatisfy(
					(cookie) -> assertThat(cookie).startsWith("SOCIAL_STATE=").contains("HttpOnly", "SameSite=Lax"));
		}
	}

	// docs/cors.md's bean, as it is written there.
	@Configuration(proxyBeanMethods = false)
	static class CorsRecipe {

		@Bean
		UrlBasedCorsConfigurationSource corsConfigurationSource() {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(List.of("https://app.example.com"));
			cors.setAllowedMethods(List.of("GET", "POST", "DELETE"));
			cors.setAllowedHeaders(List.of("Content-Type", "Authorization", "X-XSRF-TOKEN"));
			cors.setAllowCredentials(true);
			cors.setMaxAge(Duration.ofHours(1));
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", cors);
			return source;
		}

	}

	// rest.social.providers.github.client-id -> rest.social.providers.<name>.client-id; no trailing .* or .
	private static String normalized(String mention) {
		String name = mention.replaceAll("[.*]+$", "");
		Matcher provider = Pattern.compile("^rest\\.social\\.providers\\.([^.]+)").matcher(name);
		return provider.find() ? PROVIDER + name.substring(provider.end()) : name;
	}

	private static boolean exists(String name, Set<String> known, Set<String> maps) {
		return known.contains(name) || known.stream().anyMatch((property) -> property.startsWith(name + "."))
				|| maps.stream().anyMatch((map) -> name.startsWith(map + "."));
	}

	// Group name -> property name -> property, in the order the reference shows them.
	private static Map<String, Map<String, Property>> properties() throws IOException {
		assertThat(METADATA).as("the configuration metadata (compile the starter first)").exists();
		JsonNode metadata = JsonMapper.builder().build().readTree(METADATA.toFile());
		Map<String, Map<String, Property>> groups = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		metadata.path("groups").forEach((group) -> names.add(group.path("name").asString()));
		names.sort((a, b) -> a.equals("rest.social") ? -1 : b.equals("rest.social") ? 1 : a.compareTo(b));
		names.add(1, PROVIDER);
		names.forEach((name) -> groups.put(name, new TreeMap<>()));
		Map<String, List<String>> hints = valueHints(metadata);
		BeanWrapper defaults = PropertyAccessorFactory.forBeanPropertyAccess(new RestSocialProperties());
		for (JsonNode item : metadata.path("properties")) {
			String name = item.path("name").asString();
			if (name.equals("rest.social.providers")) {
				continue;
			}
			String group = name.substring(0, name.lastIndexOf('.'));
			Object value = item.has("defaultValue") ? json(item.path("defaultValue"))
					: defaults.getPropertyValue(camelCase(name.substring("rest.social.".length())));
			String type = item.path("type").asString("");
			String description = item.path("description").asString("");
			List<String> values = hints.getOrDefault(name, enumValues(type));
			if (!values.isEmpty()) {
				description += " Values: " + values.stream().map((hint) -> "`" + hint + "`")
					.collect(Collectors.joining(", ")) + ".";
			}
			groups.computeIfAbsent(group, (key) -> new TreeMap<>())
				.put(name, new Property(name, type(type), defaultValue(value), cell(description)));
		}
		Map<String, String> comments = fieldComments();
		addBean(groups.get(PROVIDER), PROVIDER, new RestSocialProperties.Provider(), comments);
		return groups;
	}

	private static void addBean(Map<String, Property> group, String prefix, Object bean, Map<String, String> comments) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(bean.getClass())) {
			if (descriptor.getReadMethod() == null || descriptor.getName().equals("class")) {
				continue;
			}
			String name = prefix + "." + kebabCase(descriptor.getName());
			Object value = wrapper.getPropertyValue(descriptor.getName());
			String key = bean.getClass().getSimpleName() + "." + descriptor.getName();
			if (descriptor.getWriteMethod() == null && value != null
					&& value.getClass().getDeclaringClass() == RestSocialProperties.class) {
				addBean(group, name, value, comments);
				continue;
			}
			assertThat(comments).as("the Javadoc comment of %s's field", key).containsKey(key);
			String type = descriptor.getPropertyType().isPrimitive()
					? ClassUtils.resolvePrimitiveIfNecessary(descriptor.getPropertyType()).getName()
					: descriptor.getReadMethod().getGenericReturnType().getTypeName();
			group.put(name, new Property(name, type(type), defaultValue(value), cell(comments.get(key))));
		}
	}

	// The processor's metadata has no descriptions of a map's values: read the fields' comments.
	private static Map<String, String> fieldComments() throws IOException {
		String source = Files.readString(PROPERTIES_SOURCE, StandardCharsets.UTF_8);
		Map<String, String> comments = new LinkedHashMap<>();
		Matcher classes = Pattern.compile("public static class (\\w+) \\{").matcher(source);
		List<Integer> starts = new ArrayList<>();
		List<String> classNames = new ArrayList<>();
		while (classes.find()) {
			starts.add(classes.end());
			classNames.add(classes.group(1));
		}
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : source.length();
			Matcher fields = FIELD.matcher(source.substring(starts.get(i), end));
			while (fields.find()) {
				String text = fields.group(1).replaceAll("\\s*\\n\\s*\\*\\s?", " ").strip();
				comments.put(classNames.get(i) + "." + fields.group(2), text);
			}
		}
		return comments;
	}

	// The constants of an enum the type names (DatabaseInitializationMode, Set<UserField>), as bound.
	private static List<String> enumValues(String type) {
		Matcher names = Pattern.compile("[\\w.$]+").matcher(type);
		while (names.find()) {
			if (ClassUtils.isPresent(names.group(), null)) {
				Class<?> candidate = ClassUtils.resolveClassName(names.group(), null);
				if (candidate.isEnum()) {
					return Stream.of(candidate.getEnumConstants()).map(ConfigurationDocsTests::scalar).toList();
				}
			}
		}
		return List.of();
	}

	private static Map<String, List<String>> valueHints(JsonNode metadata) {
		Map<String, List<String>> hints = new LinkedHashMap<>();
		for (JsonNode hint : metadata.path("hints")) {
			String name = hint.path("name").asString();
			if (!name.endsWith(".keys") && hint.path("values").size() > 1) {
				List<String> values = new ArrayList<>();
				hint.path("values").forEach((value) -> values.add(value.path("value").asString()));
				hints.put(name, values);
			}
		}
		return hints;
	}

	private static String reference(Map<String, Map<String, Property>> groups) {
		StringBuilder text = new StringBuilder();
		text.append("# Configuration reference\n\n");
		text.append("<!-- Generated by ConfigurationDocsTests from the starter's configuration metadata;")
			.append(" do not edit.\n");
		text.append("     To regenerate it, from the repository's root:\n     ").append(REGENERATE).append(" -->\n\n");
		text.append("Every `rest.social.*` property of `social-auth-spring-boot-starter`, with its type, default")
			.append(" and\n");
		text.append("description, as `spring-boot-configuration-processor` records them for IDE completion (the\n");
		text.append("descriptions are the fields' Javadoc in `RestSocialProperties`). A provider's keys are set per\n");
		text.append("provider, under its wire name: `rest.social.providers.github.client-id` (see README's provider\n");
		text.append("table). Durations take Boot's units (`10s`, `5m`, `1d`), sizes its data sizes (`64KB`, `1MB`).\n");
		text.append("Set them in `application.yml`, as `--key=value` arguments, or as environment variables\n");
		text.append("(`REST_SOCIAL_JWT_SECRET`).\n");
		groups.forEach((group, properties) -> {
			if (properties.isEmpty()) {
				return;
			}
			text.append("\n## `").append(group).append("`\n\n");
			text.append("| property | type | default | description |\n");
			text.append("| --- | --- | --- | --- |\n");
			properties.values().forEach((property) -> text.append(property.markdown()).append('\n'));
		});
		return text.toString();
	}

	private static Object json(JsonNode node) {
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			node.forEach((value) -> values.add(value.asString()));
			return values;
		}
		return node.asString();
	}

	private static String defaultValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? ""
					: values.stream().map(ConfigurationDocsTests::scalar).collect(Collectors.joining(", ", "`", "`"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.isEmpty() ? "" : "`" + map + "`";
		}
		return "`" + scalar(value) + "`";
	}

	private static String scalar(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
		return String.valueOf(value);
	}

	// java.util.Map<java.lang.String,java.lang.String> -> `Map<String, String>`
	private static String type(String type) {
		return "`" + type.replaceAll("(?:[a-z]\\w*\\.)+", "").replaceAll("\\w+\\$", "").replaceAll(",\\s*", ", ")
				+ "`";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replaceAll("\\s+", " ").strip();
	}

	private static String camelCase(String kebab) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : kebab.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	private static String kebabCase(String camel) {
		return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

}
