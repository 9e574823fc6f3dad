package io.restsocial.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.restsocial.boot.security.RestSocialSecurityConfigurer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.metrics.StartupStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application whose start {@link StartupBench} times: nothing but the starter (or, with
 * {@code spring.autoconfigure.exclude}, nothing of it), run in a child JVM; with
 * {@code --startup.example-chains=true}, and the example app's dependencies on its class path, it
 * stands for the example app without the example's own classes.
 * <p>
 * Once ready it prints {@code STARTUP ready <ms> <cpu ms> <main cpu ms> <classes> <port> <jit cpu ms>},
 * the JVM's uptime, the CPU time of all its threads and that of the main thread (which starts the
 * application), the classes loaded, the server's port and the CPU time of the JIT's compiler
 * threads ({@code -1} where {@code /proc} does not tell it) at {@link ApplicationReadyEvent}, and
 * exits; with {@code --startup.serve=true} it serves until its standard input has a line or ends.
 * With {@code --startup.steps=<n>} it records Spring's
 * start-up steps first and prints, each line prefixed {@code STARTUP | }, the {@code n} steps that
 * took most time of their own and the starter's beans with the time each took.
 * <p>
 * With {@code --startup.app-tables=true} it creates, at start, the tables Spring Session JDBC
 * creates in the example app's embedded database: the example app opens its database at start
 * whether or not the starter is there, and so then does this app.
 */
@SpringBootApplication
public class StartupApp {

	static final String PREFIX = "STARTUP ";

	private static final String STEPS = "--startup.steps=";

	private static final Pattern COMPILER_THREAD = Pattern.compile("C\\d CompilerThre.*");

	private static final String SERVE = "--startup.serve=true";

	public static void main(String[] args) throws IOException {
		int steps = 0;
		boolean serve = false;
		for (String arg : args) {
			if (arg.startsWith(STEPS)) {
				steps = Integer.parseInt(arg.substring(STEPS.length()));
			}
			serve = serve || arg.equals(SERVE);
		}
		SpringApplication application = new SpringApplication(StartupApp.class);
		BufferingApplicationStartup startup = (steps > 0) ? new BufferingApplicationStartup(100_000) : null;
		if (startup != null) {
			application.setApplicationStartup(startup);
		}
		int top = steps;
		application.addListeners((ApplicationReadyEvent event) -> {
			long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
			long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime() / 1_000_000;
			long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
			int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
			int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
			if (startup != null) {
				report(startup.getBufferedTimeline().getEvents(), top);
			}
			System.out.println(PREFIX + "ready " + uptime + " " + cpu + " " + mainCpu + " " + classes + " " + port + " "
					+ compilerCpuMillis());
		});
		ConfigurableApplicationContext context = application.run(args);
		if (serve) {
			new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		System.exit(SpringApplication.exit(context));
	}

	/**
	 * The CPU time of the JIT's compiler threads ({@code C1 CompilerThread0} and the like), which
	 * no MXBean tells: on two CPUs they take one of them for most of the start (issue 9). Read
	 * from Linux's {@code /proc}; a compiler thread that has ended by then is not counted.
	 * @return the milliseconds, or {@code -1} without {@code /proc}
	 */
	private static long compilerCpuMillis() {
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return -1;
		}
		long ticks = 0;
		try (Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				// pid (comm) state ppid ...: utime and stime are the 14th and 15th fields.
				String stat = Files.readString(thread.resolve("stat"));
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				if (COMPILER_THREAD.matcher(name).matches()) {
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		// The kernel counts in clock ticks, 100 a second on Linux's usual builds.
		return ticks * 10;
	}

	/**
	 * Spring Session JDBC's H2 schema, which the example app's start creates
	 * ({@code spring.session.jdbc.initialize-schema=embedded}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("startup.app-tables")
	static class AppTables {

		private static final List<String> SCHEMA = List.of(
				"CREATE TABLE SPRING_SESSION (PRIMARY_ID CHAR(36) NOT NULL, SESSION_ID CHAR(36) NOT NULL, "
						+ "CREATION_TIME BIGINT NOT NULL, LAST_ACCESS_TIME BIGINT NOT NULL, "
						+ "MAX_INACTIVE_INTERVAL INT NOT NULL, EXPIRY_TIME BIGINT NOT NULL, PRINCIPAL_NAME VARCHAR(100), "
						+ "CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID))",
				"CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID)",
				"CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME)",
				"CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME)",
				"CREATE TABLE SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID CHAR(36) NOT NULL, "
						+ "ATTRIBUTE_NAME VARCHAR(200) NOT NULL, ATTRIBUTE_BYTES LONGVARBINARY NOT NULL, "
						+ "CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME), "
						+ "CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) "
						+ "REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE)");

		@Bean
		List<String> startupAppTables(DataSource dataSource) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			SCHEMA.forEach((statement) -> jdbc.sql(statement).update());
			return SCHEMA;
		}

	}

	/**
	 * The example app's own filter chains (its {@code SecurityConfiguration} and
	 * {@code ApiDocsSecurityConfiguration}), in both variants: with them the starter's default
	 * chain backs off, as it does in the example app. Copies, kept as the example's are: the
	 * example's jar is Boot's executable jar, whose classes another class path cannot load.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("startup.example-chains")
	static class ExampleChains {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		SecurityFilterChain demoProviderSecurityFilterChain(HttpSecurity http) throws Exception {
			http.securityMatcher("/demo/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf(AbstractHttpConfigurer::disable);
			return http.build();
		}

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 1)
		SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
			http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
					"/swagger-ui/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
			return http.build();
		}

		@Bean
		SecurityFilterChain appSecurityFilterChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/", "/index.html", "/app.js", "/favicon.ico", "/error", "/api/config")
				.permitAll()
				.anyRequest()
				.authenticated()).with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
			return http.build();
		}

	}

	/** The example app's {@code ActuatorSecurityConfiguration}, where Actuator is on the class path. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("startup.example-chains")
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
	static class ExampleActuatorChain {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 20)
		SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
			http.securityMatcher(EndpointRequest.toAnyEndpoint())
				.authorizeHttpRequests((requests) -> requests
					.requestMatchers(EndpointRequest.to("health", "info", "metrics", "prometheus"))
					.permitAll()
					.anyRequest()
					.denyAll())
				.csrf(AbstractHttpConfigurer::disable);
			return http.build();
		}

	}

	// A step's own time is its duration less its children's: a bean's creation includes that of its dependencies.
	private static void report(List<TimelineEvent> events, int top) {
		Map<Long, Long> children = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				children.merge(parent, event.getDuration().toNanos(), Long::sum);
			}
		}
		List<String[]> own = new ArrayList<>();
		List<String[]> starter = new ArrayList<>();
		long starterOwn = 0;
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			long total = event.getDuration().toNanos();
			long self = total - children.getOrDefault(step.getId(), 0L);
			String name = step.getName() + describe(step);
			own.add(new String[] { Long.toString(self), name });
			if (isStarters(step)) {
				starter.add(new String[] { Long.toString(total), Long.toString(self), name });
				starterOwn += self;
			}
		}
		own.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
		starter.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
		print("%d steps recorded; the %d that took most time of their own (ms):", events.size(), top);
		own.stream().limit(top).forEach((row) -> print("  %8.1f  %s", millis(row[0]), row[1]));
		print("the starter's %d beans, %.1f ms of their own; the %d that took longest (ms, with dependencies / own):",
				starter.size(), starterOwn / 1e6, top);
		starter.stream()
			.limit(top)
			.forEach((row) -> print("  %8.1f %8.1f  %s", millis(row[0]), millis(row[1]), row[2]));
	}

	private static boolean isStarters(StartupStep step) {
		if (!step.getName().equals("spring.beans.instantiate")) {
			return false;
		}
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals("beanName")
					&& (tag.getValue().startsWith("restSocial") || tag.getValue().contains("io.restsocial."))) {
				return true;
			}
		}
		return false;
	}

	private static String describe(StartupStep step) {
		StringBuilder tags = new StringBuilder();
		for (StartupStep.Tag tag : step.getTags()) {
			tags.append(tags.isEmpty() ? " " : ", ").append(tag.getKey()).append('=').append(tag.getValue());
		}
		return tags.toString();
	}

	private static double millis(String nanos) {
		return Long.parseLong(nanos) / 1e6;
	}

	private static void print(String format, Object... args) {
		System.out.println(PREFIX + "| " + String.format(Locale.ROOT, format, args));
	}

}
