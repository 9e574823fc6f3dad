package io.restsocial.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.restsocial.benchmarks.BenchSupport;
import io.restsocial.benchmarks.load.FakeGitHub;

/**
 * The start-up bench of issue 9: how much the starter adds to an application's start. It starts
 * {@link StartupApp} in a child JVM, on this bench's class path and with the same JVM options each
 * time, as two variants: {@code starter} (as it is) and {@code excluded} (every auto-configuration
 * the starter lists in its {@code AutoConfiguration.imports} excluded). The variants alternate,
 * in the order AB BA AB ..., so that the machine's other work hits both alike. Each run is timed
 * from the JVM's start to {@code ApplicationReadyEvent}; the bench prints each run, then median,
 * min and max per variant and the difference of the medians. It also prints the classes each
 * variant had loaded by then, a figure that, unlike times, other work on the machine does not
 * move, and the CPU time of the main thread and of the JIT's compiler threads: on two CPUs the
 * compilers take about one of them for the whole start, so what the starter adds to either
 * lengthens it.
 * <p>
 * Unless {@code --first-login=false}, each start of the {@code starter} variant then serves one
 * login, {@code POST /api/login/social/token/github/} against a fake GitHub in this JVM, and a
 * second one: the first login pays for what the start left for later (lazy beans, classes first
 * used by a login, Spring MVC's dispatcher), the second shows what a login costs once that is
 * done.
 * <p>
 * The example app itself cannot start without the starter (its login controller subclasses ours and
 * its other beans need the provider registry and HTTP client), so the app timed stands in for it.
 * With {@code --app=example} (the default) it is the example app without its own classes: its
 * dependencies (Spring Session JDBC, springdoc-openapi, Actuator with Prometheus, which the bench jar
 * leaves out and its build lists in {@code target/example-app.classpath}, or
 * {@code --example-classpath=<file>}), its settings and its own filter chains, with which the
 * starter's default chain backs off as it does there. With {@code --app=minimal} it is an app of
 * nothing but the starter, which then makes its default chain too, and, unless
 * {@code --app-tables=false}, creates Spring Session's tables at start in both variants, as the
 * example app's Spring Session JDBC does (so the embedded database's own start-up is not counted as
 * the starter's). Both are set up with provider keys: H2 in memory, GitHub, Google and Facebook
 * configured, Boot's generated user excluded.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.restsocial.benchmarks.startup.StartupBench},
 * with options {@code --app=example|minimal --runs=10 --warmup=1 --jvm-args="-Xmx512m" --app-tables=true
 * --app-property=key=value --first-login=true --first-login-delay=<ms> --steps=<n>} (one more run
 * of each variant with Spring's start-up steps recorded, printing the {@code n} costliest steps
 * and the starter's beans) {@code --jfr=<dir>} (one more run of each
 * variant under JFR, printing the top methods) {@code --logs=<dir>} (where the apps' output goes).
 */
public final class StartupBench {

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	// The example app excludes it: no form login, so no generated password.
	private static final String APP_EXCLUDES = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";

	private static final String EXAMPLE = "example";

	private static final String MINIMAL = "minimal";

	private static final String EXAMPLE_CLASSPATH = "example-app.classpath";

	// The example app's settings that do not name the starter (its application.yml), and its chains.
	private static final List<String> EXAMPLE_PROPERTIES = List.of("startup.example-chains=true",
			"management.endpoints.web.exposure.include=health,info,metrics,prometheus",
			"management.info.java.enabled=true");

	private static final String STARTER = "starter";

	private static final String EXCLUDED = "excluded";

	private static final String LOGIN_PATH = "/api/login/social/token/github/";

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private StartupBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, List<String>> options = BenchSupport.options(args);
		int runs = Integer.parseInt(BenchSupport.option(options, "runs", "10"));
		int warmup = Integer.parseInt(BenchSupport.option(options, "warmup", "1"));
		int steps = Integer.parseInt(BenchSupport.option(options, "steps", "0"));
		String app = BenchSupport.option(options, "app", EXAMPLE);
		if (!app.equals(EXAMPLE) && !app.equals(MINIMAL)) {
			throw new IllegalArgumentException("--app is example or minimal, not " + app);
		}
		boolean example = app.equals(EXAMPLE);
		String classPath = System.getProperty("java.class.path");
		if (example) {
			classPath = classPath + File.pathSeparator + exampleClassPath(options);
		}
		// The example app's Spring Session JDBC creates its tables itself; the minimal app stands in for it.
		boolean appTables = Boolean.parseBoolean(BenchSupport.option(options, "app-tables", Boolean.toString(!example)));
		String jfr = BenchSupport.option(options, "jfr", null);
		Path logs = Path
			.of(BenchSupport.option(options, "logs", System.getProperty("java.io.tmpdir") + "/startup-bench"));
		boolean firstLogin = Boolean.parseBoolean(BenchSupport.option(options, "first-login", "true"));
		// How long after ready the first login comes: at once, it runs beside what the app makes
		// after ready on a background thread; a moment later, it finds that made.
		long firstLoginDelay = Long.parseLong(BenchSupport.option(options, "first-login-delay", "0"));
		List<String> jvmArgs = BenchSupport.jvmArgs(options, "jvm-args");
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
		if (example) {
			properties.addAll(EXAMPLE_PROPERTIES);
		}
		FakeGitHub github = firstLogin ? FakeGitHub.start(4, "") : null;
		if (github != null) {
			properties.add("rest.social.providers.github.token-uri=" + github.baseUrl() + FakeGitHub.TOKEN_PATH);
			properties.add("rest.social.providers.github.user-info-uri=" + github.baseUrl() + FakeGitHub.USER_PATH);
		}
		options.getOrDefault("app-property", List.of()).forEach(properties::add);
		Map<String, List<String>> variants = new LinkedHashMap<>();
		variants.put(STARTER, with(with(properties, "spring.autoconfigure.exclude=" + APP_EXCLUDES),
				"startup.serve=" + firstLogin));
		variants.put(EXCLUDED, with(properties, "spring.autoconfigure.exclude=" + APP_EXCLUDES + ","
				+ String.join(",", starterAutoConfigurations)));

		System.out.printf(Locale.ROOT, "machine: %d CPUs, %s %s, load average at start: %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), BenchSupport.loadAverage());
		System.out.printf(Locale.ROOT, "child JVM options: %s; %d runs per variant after %d warm-up pair(s)%n",
				jvmArgs.isEmpty() ? "(none)" : String.join(" ", jvmArgs), runs, warmup);
		System.out.println(example
				? "app: example (the example app's dependencies, settings and filter chains; not its own classes, "
						+ "which need the starter)"
				: "app: minimal (nothing but the starter)");
		System.out.println("app tables at start (as the example app's Spring Session JDBC): " + appTables);
		System.out.println("excluded: " + String.join(", ", starterAutoConfigurations));
		if (github != null) {
			System.out.println("first login: POST " + LOGIN_PATH + " against a fake GitHub at " + github.baseUrl()
					+ ", then a second one, on each start of the starter variant");
		}

		for (int i = 0; i < warmup; i++) {
			for (String variant : variants.keySet()) {
				start(classPath, jvmArgs, variants.get(variant), logs.resolve(variant + "-warmup.log"));
			}
		}
		Map<String, List<Long>> times = new LinkedHashMap<>();
		Map<String, List<Long>> cpus = new LinkedHashMap<>();
		Map<String, List<Long>> mainCpus = new LinkedHashMap<>();
		Map<String, List<Long>> jitCpus = new LinkedHashMap<>();
		Map<String, List<Long>> classes = new LinkedHashMap<>();
		List<Long> firstLogins = new ArrayList<>();
		List<Long> secondLogins = new ArrayList<>();
		variants.keySet().forEach((variant) -> {
			times.put(variant, new ArrayList<>());
			cpus.put(variant, new ArrayList<>());
			mainCpus.put(variant, new ArrayList<>());
			jitCpus.put(variant, new ArrayList<>());
			classes.put(variant, new ArrayList<>());
		});
		for (int i = 0; i < runs; i++) {
			List<String> order = new ArrayList<>(variants.keySet());
			if (i % 2 == 1) {
				Collections.reverse(order);
			}
			for (String variant : order) {
				Run run = start(classPath, jvmArgs, variants.get(variant), logs.resolve(variant + ".log"),
						firstLoginDelay);
				times.get(variant).add(run.readyMillis());
				cpus.get(variant).add(run.cpuMillis());
				mainCpus.get(variant).add(run.mainCpuMillis());
				jitCpus.get(variant).add(run.jitCpuMillis());
				classes.get(variant).add(run.classes());
				String logins = "";
				if (run.firstLoginMillis() >= 0) {
					firstLogins.add(run.firstLoginMillis());
					secondLogins.add(run.secondLoginMillis());
					logins = String.format(Locale.ROOT, ", first login %4d ms, second %4d ms", run.firstLoginMillis(),
							run.secondLoginMillis());
				}
				System.out.printf(Locale.ROOT,
						"run %2d  %-8s %6d ms, CPU %6d ms, main thread CPU %6d ms, JIT CPU %6d ms, %5d classes%s%n",
						i + 1, variant, run.readyMillis(), run.cpuMillis(), run.mainCpuMillis(), run.jitCpuMillis(),
						run.classes(), logins);
			}
		}
		if (runs > 0) {
			System.out.printf(Locale.ROOT, "%-8s %8s %8s %8s %11s %11s %11s %8s   (ms from JVM start to "
					+ "ApplicationReadyEvent; CPU of all threads; of the main thread; of the JIT's compiler "
					+ "threads; classes loaded by then)%n", "variant", "median", "min", "max", "median CPU",
					"median main", "median JIT", "classes");
			times.forEach((variant, millis) -> System.out.printf(Locale.ROOT, "%-8s %8d %8d %8d %11d %11d %11d %8d%n",
					variant, median(millis), Collections.min(millis), Collections.max(millis),
					median(cpus.get(variant)), median(mainCpus.get(variant)), median(jitCpus.get(variant)),
					median(classes.get(variant))));
			System.out.printf(Locale.ROOT,
					"the starter adds %d ms (difference of the medians); %d ms of CPU, %d ms of it on the main thread "
							+ "and %d in the JIT's compiler threads; %d classes; load average at end: %s%n",
					median(times.get(STARTER)) - median(times.get(EXCLUDED)),
					median(cpus.get(STARTER)) - median(cpus.get(EXCLUDED)),
					median(mainCpus.get(STARTER)) - median(mainCpus.get(EXCLUDED)),
					median(jitCpus.get(STARTER)) - median(jitCpus.get(EXCLUDED)),
					median(classes.get(STARTER)) - median(classes.get(EXCLUDED)), BenchSupport.loadAverage());
			// Each run's two starts are back to back, so their difference is less moved by the
			// machine's speed, which on a shared host drifts within minutes, than the medians are.
			List<Long> paired = new ArrayList<>();
			List<Long> pairedMain = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				paired.add(times.get(STARTER).get(i) - times.get(EXCLUDED).get(i));
				pairedMain.add(mainCpus.get(STARTER).get(i) - mainCpus.get(EXCLUDED).get(i));
			}
			Collections.sort(paired);
			System.out.printf(Locale.ROOT,
					"paired (each run's two starts): the starter adds median %d ms (quartiles %d, %d), "
							+ "%d ms of main-thread CPU%n",
					median(paired), paired.get(runs / 4), paired.get((3 * runs) / 4), median(pairedMain));
			if (!firstLogins.isEmpty()) {
				System.out.printf(Locale.ROOT, "first login %d ms after ready: median %d ms (min %d, max %d); second "
						+ "login: median %d ms%n", firstLoginDelay, median(firstLogins), Collections.min(firstLogins),
						Collections.max(firstLogins), median(secondLogins));
			}
		}

		if (steps > 0) {
			for (String variant : variants.keySet()) {
				System.out.println("start-up steps, " + variant + ":");
				Run run = start(classPath, jvmArgs, with(variants.get(variant), "startup.steps=" + steps),
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
				Run run = start(classPath, recorded, variants.get(variant), logs.resolve(variant + "-jfr.log"));
				System.out.printf(Locale.ROOT, "JFR run, %s: ready in %d ms (with JFR)%n", variant, run.readyMillis());
				StartupJfr.print(file, 15, System.out);
			}
		}
		if (github != null) {
			github.close();
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

	// The example app's dependencies that the bench jar leaves out, as its build wrote them.
	private static String exampleClassPath(Map<String, List<String>> options) throws IOException {
		String given = BenchSupport.option(options, "example-classpath", null);
		Path file;
		if (given != null) {
			file = Path.of(given);
		}
		else {
			try {
				// Beside the bench jar, or beside target/classes in an IDE.
				Path location = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
				file = location.getParent().resolve(EXAMPLE_CLASSPATH);
			}
			catch (URISyntaxException ex) {
				throw new IOException(ex);
			}
		}
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("No " + file + ": build the benchmarks module (./mvnw -pl benchmarks -am "
					+ "package -DskipTests), which writes it, give --example-classpath=<file>, or run --app=minimal");
		}
		return Files.readString(file).strip();
	}

	private static Run start(String classPath, List<String> jvmArgs, List<String> properties, Path log)
			throws IOException, InterruptedException {
		return start(classPath, jvmArgs, properties, log, 0);
	}

	private static Run start(String classPath, List<String> jvmArgs, List<String> properties, Path log,
			long firstLoginDelay) throws IOException, InterruptedException {
		Process process = BenchSupport.startJvm(jvmArgs, classPath, StartupApp.class, properties);
		String[] ready = null;
		long firstLogin = -1;
		long secondLogin = -1;
		List<String> report = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer logWriter = Files.newBufferedWriter(log);
				Writer commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith(StartupApp.PREFIX + "ready ")) {
					ready = line.substring((StartupApp.PREFIX + "ready ").length()).split(" ");
					if (properties.contains("startup.serve=true")) {
						URI login = URI.create("http://127.0.0.1:" + ready[4] + LOGIN_PATH);
						Thread.sleep(firstLoginDelay);
						firstLogin = login(login, "u1001");
						secondLogin = login(login, "u1002");
						commands.write("exit\n");
						commands.flush();
					}
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
		return new Run(Long.parseLong(ready[0]), Long.parseLong(ready[1]), Long.parseLong(ready[2]),
				Long.parseLong(ready[5]), Long.parseLong(ready[3]), firstLogin, secondLogin, report);
	}

	// A whole login as a front-end sees it: the app's code exchange and user fetch against the fake included.
	private static long login(URI login, String code) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (response.statusCode() != 200 || !response.body().contains("\"token\"")) {
			throw new IOException("Login answered " + response.statusCode() + ": " + response.body());
		}
		return millis;
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

	/**
	 * One start of the app.
	 * @param readyMillis JVM uptime at {@code ApplicationReadyEvent}
	 * @param cpuMillis CPU time of all the JVM's threads by then
	 * @param mainCpuMillis CPU time of the main thread by then: the start's critical path, which
	 * other work on the machine delays but does not lengthen
	 * @param jitCpuMillis CPU time of the JIT's compiler threads by then, {@code -1} when unknown
	 * @param classes classes loaded by then
	 * @param firstLoginMillis the first login's time after ready, {@code -1} when none was made
	 * @param secondLoginMillis the second login's time, {@code -1} when none was made
	 * @param report the start-up step report, when asked for
	 */
	private record Run(long readyMillis, long cpuMillis, long mainCpuMillis, long jitCpuMillis, long classes,
			long firstLoginMillis, long secondLoginMillis, List<String> report) {
	}

}
