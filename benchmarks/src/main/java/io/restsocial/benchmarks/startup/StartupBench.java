package io.restsocial.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The start-up bench of issue 9: how much the starter adds to an application's start. It starts
 * {@link StartupApp} in a child JVM, on this bench's class path and with the same JVM options each
 * time, as two variants: {@code starter} (as it is) and {@code excluded} (every auto-configuration
 * the starter lists in its {@code AutoConfiguration.imports} excluded). The variants alternate,
 * in the order AB BA AB ..., so that the machine's other work hits both alike. Each run is timed
 * from the JVM's start to {@code ApplicationReadyEvent}; the bench prints each run, then median,
 * min and max per variant and the difference of the medians.
 * <p>
 * The example app itself cannot start without the starter (its login controller subclasses ours and
 * its other beans need the provider registry and HTTP client), so the app timed is one of nothing
 * but the starter, set up like the example app with provider keys: H2 in memory, GitHub, Google and
 * Facebook configured, Boot's generated user excluded, and, unless {@code --app-tables=false}, Spring
 * Session's tables created in the database at start in both variants, as the example app's Spring
 * Session JDBC does (so the embedded database's own start-up is not counted as the starter's).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.restsocial.benchmarks.startup.StartupBench},
 * with options {@code --runs=10 --warmup=1 --jvm-args="-Xmx512m" --app-tables=true --app-property=key=value
 * --steps=<n>} (one more run of each variant with Spring's start-up steps recorded, printing the
 * {@code n} costliest steps and the starter's beans) {@code --jfr=<dir>} (one more run of each
 * variant under JFR, printing the top methods) {@code --logs=<dir>} (where the apps' output goes).
 */
public final class StartupBench {

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	// The example app excludes it: no form login, so no generated password.
	private static final String APP_EXCLUDES = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";

	private static final String STARTER = "starter";

	private static final String EXCLUDED = "excluded";

	private StartupBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, List<String>> options = options(args);
		int runs = Integer.parseInt(option(options, "runs", "10"));
		int warmup = Integer.parseInt(option(options, "warmup", "1"));
		int steps = Integer.parseInt(option(options, "steps", "0"));
		boolean appTables = Boolean.parseBoolean(option(options, "app-tables", "true"));
		String jfr = option(options, "jfr", null);
		Path logs = Path.of(option(options, "logs", System.getProperty("java.io.tmpdir") + "/startup-bench"));
		List<String> jvmArgs = Arrays.stream(option(options, "jvm-args", "").split(" "))
			.filter((arg) -> !arg.isBlank())
			.toList();
		Files.createDirectories(logs);
		List<String> starterAutoConfigurations = starterAutoConfigurations();
		List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
				"rest.social.providers.github.client-id=bench-github",
				"rest.social.providers.github.client-secret=bench-github-secret",
				"rest.social.providers.google-oauth2.client-id=bench-google",
				"rest.social.providers.google-oauth2.client-secret=bench-google-secret",
				"rest.social.providers.facebook.client-id=bench-facebook",
				"rest.social.providers.facebook.client-secret=bench-facebook-secret"));
		properties.add("startup.app-tables=" + appTables);
		options.getOrDefault("app-property", List.of()).forEach(properties::add);
		Map<String, List<String>> variants = new LinkedHashMap<>();
		variants.put(STARTER, with(properties, "spring.autoconfigure.exclude=" + APP_EXCLUDES));
		variants.put(EXCLUDED, with(properties, "spring.autoconfigure.exclude=" + APP_EXCLUDES + ","
				+ String.join(",", starterAutoConfigurations)));

		System.out.printf(Locale.ROOT, "machine: %d CPUs, %s %s, load average at start: %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), loadAverage());
		System.out.printf(Locale.ROOT, "child JVM options: %s; %d runs per variant after %d warm-up pair(s)%n",
				jvmArgs.isEmpty() ? "(none)" : String.join(" ", jvmArgs), runs, warmup);
		System.out.println("app tables at start (as the example app's Spring Session JDBC): " + appTables);
		System.out.println("excluded: " + String.join(", ", starterAutoConfigurations));

		for (int i = 0; i < warmup; i++) {
			for (String variant : variants.keySet()) {
				start(jvmArgs, variants.get(variant), logs.resolve(variant + "-warmup.log"));
			}
		}
		Map<String, List<Long>> times = new LinkedHashMap<>();
		Map<String, List<Long>> cpus = new LinkedHashMap<>();
		Map<String, List<Long>> mainCpus = new LinkedHashMap<>();
		variants.keySet().forEach((variant) -> {
			times.put(variant, new ArrayList<>());
			cpus.put(variant, new ArrayList<>());
			mainCpus.put(variant, new ArrayList<>());
		});
		for (int i = 0; i < runs; i++) {
			List<String> order = new ArrayList<>(variants.keySet());
			if (i % 2 == 1) {
				Collections.reverse(order);
			}
			for (String variant : order) {
				Run run = start(jvmArgs, variants.get(variant), logs.resolve(variant + ".log"));
				times.get(variant).add(run.readyMillis());
				cpus.get(variant).add(run.cpuMillis());
				mainCpus.get(variant).add(run.mainCpuMillis());
				System.out.printf(Locale.ROOT, "run %2d  %-8s %6d ms, CPU %6d ms, main thread CPU %6d ms%n", i + 1,
						variant, run.readyMillis(), run.cpuMillis(), run.mainCpuMillis());
			}
		}
		if (runs > 0) {
			System.out.printf(Locale.ROOT, "%-8s %8s %8s %8s %11s %11s   (ms from JVM start to ApplicationReadyEvent; "
					+ "CPU of all threads; of the main thread)%n", "variant", "median", "min", "max", "median CPU",
					"median main");
			times.forEach((variant, millis) -> System.out.printf(Locale.ROOT, "%-8s %8d %8d %8d %11d %11d%n", variant,
					median(millis), Collections.min(millis), Collections.max(millis), median(cpus.get(variant)),
					median(mainCpus.get(variant))));
			System.out.printf(Locale.ROOT,
					"the starter adds %d ms (difference of the medians); %d ms of CPU, %d ms of it on the main thread; "
							+ "load average at end: %s%n",
					median(times.get(STARTER)) - median(times.get(EXCLUDED)),
					median(cpus.get(STARTER)) - median(cpus.get(EXCLUDED)),
					median(mainCpus.get(STARTER)) - median(mainCpus.get(EXCLUDED)), loadAverage());
		}

		if (steps > 0) {
			for (String variant : variants.keySet()) {
				System.out.println("start-up steps, " + variant + ":");
				Run run = start(jvmArgs, with(variants.get(variant), "startup.steps=" + steps),
						logs.resolve(variant + "-steps.log"));
				run.report().forEach((line) -> System.out.println("  " + line));
			}
		}
		if (jfr != null) {
			Path dir = Files.createDirectories(Path.of(jfr));
			for (String variant : variants.keySet()) {
				Path file = dir.resolve("startup-" + variant + ".jfr").toAbsolutePath();
				List<String> recorded = new ArrayList<>(jvmArgs);
				recorded.add("-XX:FlightRecorderOptions:stackdepth=512");
				recorded.add("-XX:StartFlightRecording=filename=" + file + ",settings=profile,dumponexit=true");
				Run run = start(recorded, variants.get(variant), logs.resolve(variant + "-jfr.log"));
				System.out.printf(Locale.ROOT, "JFR run, %s: ready in %d ms (with JFR)%n", variant, run.readyMillis());
				StartupJfr.print(file, 15, System.out);
			}
		}
	}

	// Listed by the starter's own jar, or by the shaded bench jar where every jar's lists are appended.
	private static List<String> starterAutoConfigurations() throws IOException {
		Set<String> names = new LinkedHashSet<>();
		Enumeration<URL> resources = StartupBench.class.getClassLoader().getResources(IMPORTS);
		while (resources.hasMoreElements()) {
			try (InputStream in = resources.nextElement().openStream()) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> line.startsWith("io.restsocial."))
					.forEach(names::add);
			}
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("No io.restsocial auto-configuration in any " + IMPORTS);
		}
		return List.copyOf(names);
	}

	private static Run start(List<String> jvmArgs, List<String> properties, Path log)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(StartupApp.class.getName());
		properties.forEach((property) -> command.add("--" + property));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Long ready = null;
		long cpu = 0;
		long mainCpu = 0;
		List<String> report = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer logWriter = Files.newBufferedWriter(log)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith(StartupApp.PREFIX + "ready ")) {
					String[] parts = line.substring((StartupApp.PREFIX + "ready ").length()).split(" ");
					ready = Long.parseLong(parts[0]);
					cpu = Long.parseLong(parts[1]);
					mainCpu = Long.parseLong(parts[2]);
				}
				else if (line.startsWith(StartupApp.PREFIX + "| ")) {
					report.add(line.substring((StartupApp.PREFIX + "| ").length()));
				}
				else {
					logWriter.write(line);
					logWriter.write('\n');
				}
			}
		}
		finally {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		if (ready == null) {
			throw new IOException("The app never got ready (exit " + process.exitValue() + "); see " + log);
		}
		return new Run(ready, cpu, mainCpu, report);
	}

	private static List<String> with(List<String> properties, String property) {
		List<String> all = new ArrayList<>(properties);
		all.add(property);
		return all;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (Files.isReadable(loadavg)) {
			try (Stream<String> parts = Arrays.stream(Files.readString(loadavg).split(" ")).limit(3)) {
				return parts.collect(Collectors.joining(" "));
			}
		}
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static Map<String, List<String>> options(String[] args) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || arg.indexOf('=') < 0) {
				throw new IllegalArgumentException("Options are --name=value; got " + arg);
			}
			int eq = arg.indexOf('=');
			options.computeIfAbsent(arg.substring(2, eq), (name) -> new ArrayList<>()).add(arg.substring(eq + 1));
		}
		return options;
	}

	private static String option(Map<String, List<String>> options, String name, String otherwise) {
		List<String> values = options.get(name);
		return (values != null) ? values.get(values.size() - 1) : otherwise;
	}

	/**
	 * One start of the app.
	 * @param readyMillis JVM uptime at {@code ApplicationReadyEvent}
	 * @param cpuMillis CPU time of all the JVM's threads by then
	 * @param mainCpuMillis CPU time of the main thread by then: the start's critical path, which
	 * other work on the machine delays but does not lengthen
	 * @param report the start-up step report, when asked for
	 */
	private record Run(long readyMillis, long cpuMillis, long mainCpuMillis, List<String> report) {
	}

}
