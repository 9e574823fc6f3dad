package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.restsocial.benchmarks.BenchSupport;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The login load bench of issue 9: in one run and against one fast fake GitHub, the floor (a bare
 * client making a login's two provider calls) and then the starter's app, in a child JVM, doing
 * returning-user logins and sign-ups through {@code POST /api/login/social/token/github/}, on H2
 * and, when {@code SOCIAL_AUTH_PG_URL} is set, on PostgreSQL. Prints logins/s, p50/p99 latency,
 * the app's CPU time, started threads and JIT compilation per login, and the ratio to the bare
 * client; then the app's heap after a full GC at two login counts after the warm-up.
 * <p>
 * The app is measured warm: it first serves a mix of both kinds of login, in slices each printed,
 * at a low concurrency until its JIT compilers are quiet, then at the full concurrency until they
 * are quiet there too. Under a load that keeps every CPU busy the compiler threads wait for a CPU
 * with the request threads, and on two CPUs the C2 queue took about four minutes to drain (issue
 * 9); the slices show that curve. The host's speed can drift within minutes, so
 * each app phase is compared with short bare-client phases run just before and just after it
 * (their mean), rather than with the one at the start. After the heap marks come sign-ups again,
 * on a warm JIT, and last a {@code floor} phase, which sends the same returning logins to
 * {@link FloorFilter} in the same app: what they cost this stack (Tomcat, the HTTP client, JDBC,
 * Jackson) without the starter and the Spring layers it runs in.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.restsocial.benchmarks.load.LoginLoadBench},
 * with options {@code --seconds=15 --warmup=30 --warmup-max=300 --warmup-slice=15
 * --warmup-concurrency=2 --jit-quiet=0.1 --concurrency=16 --returning-users=1000
 * --heap=20000,100000|off --bare-seconds=5 --floor=true|false --databases=h2,postgres
 * --github-scope=user:email --jfr=<file> --jfr-settings=default|profile --app-jvm-args="-Xmx512m"
 * --app-property=key=value};
 * {@code --print-jfr=<file>} only prints a recording's top lists. The fake grants the empty scope
 * by default, which is what GitHub grants the starter's default (no scope): a login then makes two
 * provider calls, as the bare client;
 * {@code --github-scope=user:email} adds the call that lists the user's addresses.
 */
public final class LoginLoadBench {

	private static final long RETURNING_BASE = 1000;

	private static final String LOGIN_PATH = "/api/login/social/token/github/";

	private LoginLoadBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, List<String>> options = BenchSupport.options(args);
		String print = BenchSupport.option(options, "print-jfr", null);
		if (print != null) {
			JfrTop.print(Path.of(print), Instant.MIN, Instant.MAX, 10, System.out);
			return;
		}
		double seconds = Double.parseDouble(BenchSupport.option(options, "seconds", "15"));
		double warmup = Double.parseDouble(BenchSupport.option(options, "warmup", "30"));
		// The warm-up goes on, slice by slice, until the app's JIT compilers are quiet: under a
		// load that keeps both CPUs busy, C2's compiles wait for a CPU (some take seconds), and
		// its queue takes minutes to drain (issue 9).
		double warmupMax = Double.parseDouble(BenchSupport.option(options, "warmup-max", "300"));
		double warmupSlice = Double.parseDouble(BenchSupport.option(options, "warmup-slice", "15"));
		double jitQuiet = Double.parseDouble(BenchSupport.option(options, "jit-quiet", "0.1"));
		// It starts at a concurrency that leaves the compiler threads a CPU, as a service's traffic
		// ramps up, then goes on at the full concurrency until they are quiet there too.
		int warmupConcurrency = Integer.parseInt(BenchSupport.option(options, "warmup-concurrency", "2"));
		int concurrency = Integer.parseInt(BenchSupport.option(options, "concurrency", "16"));
		int returningUsers = Integer.parseInt(BenchSupport.option(options, "returning-users", "1000"));
		String heap = BenchSupport.option(options, "heap", "20000,100000");
		// The host's speed drifts within minutes, so each app phase is compared with bare-client
		// phases run just before and just after it, not only with the one at the start.
		double bareSeconds = Double.parseDouble(BenchSupport.option(options, "bare-seconds", "5"));
		String jfr = BenchSupport.option(options, "jfr", null);
		// JFR's "profile" settings cost this app several times its CPU per login; "default" little.
		String jfrSettings = BenchSupport.option(options, "jfr-settings", "default");
		String scope = BenchSupport.option(options, "github-scope", "");
		String pgUrl = System.getenv("SOCIAL_AUTH_PG_URL");
		String databases = BenchSupport.option(options, "databases", (pgUrl != null) ? "h2,postgres" : "h2");
		List<String> appJvmArgs = BenchSupport.jvmArgs(options, "app-jvm-args");
		boolean floorPhase = Boolean.parseBoolean(BenchSupport.option(options, "floor", "true"));

		machine();
		System.out.printf(Locale.ROOT,
				"settings: concurrency %d, %.0f s per phase after a warm-up of %.0f to %.0f s (at concurrency %d, "
						+ "then %d, until the app's JIT compiles less than %.2f s/s), %d returning users, "
						+ "heap marks %s, GitHub grants scope '%s'%n",
				concurrency, seconds, warmup, Math.max(warmup, warmupMax), warmupConcurrency, concurrency, jitQuiet,
				returningUsers, heap, scope);
		try (FakeGitHub github = FakeGitHub.start(Math.max(32, concurrency * 2), scope);
				Load load = new Load(concurrency);
				Load ramp = new Load(Math.min(warmupConcurrency, concurrency))) {
			System.out.printf(Locale.ROOT, "fake GitHub: JDK HttpServer at %s, %d executor threads%n",
					github.baseUrl(), github.threads());
			URI token = URI.create(github.baseUrl() + FakeGitHub.TOKEN_PATH);
			URI user = URI.create(github.baseUrl() + FakeGitHub.USER_PATH);

			Load.Login bare = (http, n) -> bareLogin(http, token, user, returning(n, returningUsers));
			load.forSeconds(warmup, bare, null, github);
			// The fake's capacity: one GET /user per "login", nothing else.
			Load.Login userOnly = (http, n) -> get(http, user, "gho_" + returning(n, returningUsers));
			Load.Result capacity = load.forSeconds(seconds, userOnly, null, github);
			System.out.printf(Locale.ROOT,
					"fake GitHub capacity: %.0f requests/s (GET /user, p50 %.2f ms, p99 %.2f ms, "
					+ "this JVM %.3f ms CPU per request)%n", capacity.perSecond(), capacity.percentileMillis(50),
					capacity.percentileMillis(99), capacity.benchCpuNanos() / 1e6 / capacity.logins());

			Load.Result floor = load.forSeconds(seconds, bare, null, github);
			System.out.println();
			header(concurrency);
			row("bare client (2 provider calls)", floor, floor, floor);
			System.out.println();
			BarePhase adjacent = (app) -> {
				awaitQuiet(app);
				return load.forSeconds(bareSeconds, bare, null, github);
			};

			boolean profiled = false;
			Instant profileFrom = null;
			Instant profileTo = null;
			for (String database : databases.split(",")) {
				List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
						"logging.level.root=WARN", "rest.social.jdbc.initialize-schema=always",
						"rest.social.providers.github.client-id=bench",
						"rest.social.providers.github.client-secret=bench",
						"rest.social.providers.github.token-uri=" + token,
						"rest.social.providers.github.user-info-uri=" + user));
				if (database.equals("h2")) {
					properties.add("spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
				}
				else if (database.equals("postgres")) {
					if (pgUrl == null) {
						throw new IllegalArgumentException("--databases=postgres needs SOCIAL_AUTH_PG_URL");
					}
					properties.add("spring.datasource.url=" + pgUrl);
					env("SOCIAL_AUTH_PG_USER", "spring.datasource.username", properties);
					env("SOCIAL_AUTH_PG_PASSWORD", "spring.datasource.password", properties);
				}
				else {
					throw new IllegalArgumentException("Unknown database " + database + "; use h2 or postgres");
				}
				options.getOrDefault("app-property", List.of()).forEach(properties::add);
				Path log = Path.of(System.getProperty("java.io.tmpdir"), "restsocial-load-app-" + database + ".log");
				try (AppProcess app = AppProcess.start(appJvmArgs, properties, log)) {
					System.out.printf(Locale.ROOT, "app on %s: pid %d, served after %d ms, log %s%n", database,
							app.pid(), app.startMillis(), log);
					AtomicLong signups = new AtomicLong(System.currentTimeMillis() * 1000);
					URI login = URI.create("http://127.0.0.1:" + app.port() + LOGIN_PATH);
					Load.Login returning = (http, n) -> appLogin(http, login, returning(n, returningUsers));
					Load.Login signup = (http, n) -> appLogin(http, login, signups.getAndIncrement());
					Load.Login mixed = (http, n) -> appLogin(http, login,
							(n % 2 == 0) ? returning(n, returningUsers) : signups.getAndIncrement());
					long total = load.forLogins(returningUsers, returning, app, github).logins();
					total += warmUp(List.of(ramp, load), mixed, app, github, database, warmup, warmupMax, warmupSlice,
							jitQuiet);
					// The heap marks count from here: the logins of a warm app.
					long warmedUp = total;

					Load.Result before = adjacent.measure(app);
					Load.Result returningResult = load.forSeconds(seconds, returning, app, github);
					total += returningResult.logins();
					Load.Result after = adjacent.measure(app);
					row(database + " returning users", returningResult, before, after);
					Load.Result signupResult = load.forSeconds(seconds, signup, app, github);
					total += signupResult.logins();
					before = after;
					after = adjacent.measure(app);
					row(database + " sign-ups", signupResult, before, after);
					if (jfr != null && !profiled) {
						// Its own phase: recording costs the app time, which the phases above do not pay.
						app.startRecording(jfrSettings);
						profileFrom = Instant.now();
						Load.Result profiledResult = load.forSeconds(seconds, returning, app, github);
						profileTo = Instant.now();
						app.stopRecording(Path.of(jfr));
						profiled = true;
						total += profiledResult.logins();
						row(database + " returning, under JFR", profiledResult, floor, floor);
					}
					if (!heap.equals("off")) {
						StringBuilder marks = new StringBuilder();
						long first = -1;
						long used = -1;
						for (String mark : heap.split(",")) {
							long target = warmedUp + Long.parseLong(mark.trim());
							if (target > total) {
								before = adjacent.measure(app);
								Load.Result result = load.forLogins(target - total, returning, app, github);
								total += result.logins();
								row(database + " returning, to " + mark.trim(), result, before, adjacent.measure(app));
							}
							used = app.heapAfterFullGc();
							first = (first < 0) ? used : first;
							marks.append(
									String.format(Locale.ROOT, "%,d logins %.1f MB; ", total - warmedUp, used / 1e6));
						}
						marks.append(String.format(Locale.ROOT, "growth %+.1f MB", (used - first) / 1e6));
						System.out
							.println(database + " heap after full GC (returning logins after the warm-up): " + marks);
					}
					// Sign-ups again, after the longest phase: the JIT may have compiled more since the first.
					before = adjacent.measure(app);
					Load.Result warmSignups = load.forSeconds(seconds, signup, app, github);
					row(database + " sign-ups, warm", warmSignups, before, adjacent.measure(app));
					if (floorPhase) {
						// The same returning logins, answered by FloorFilter without the starter: warmed
						// up apart, since its own code is new to the JIT at this point. Last, so that the
						// JIT's work for it, on code it shares with the starter's (the HTTP client, JDBC,
						// Jackson), falls on no phase of the starter's.
						URI floorUri = URI.create("http://127.0.0.1:" + app.port() + FloorFilter.PATH);
						Load.Login floorLogin = (http, n) -> appLogin(http, floorUri, returning(n, returningUsers));
						warmUp(List.of(ramp, load), floorLogin, app, github, database + " floor", Math.min(warmup, 10),
								warmupMax, warmupSlice, jitQuiet);
						before = adjacent.measure(app);
						Load.Result floorResult = load.forSeconds(seconds, floorLogin, app, github);
						after = adjacent.measure(app);
						row(database + " floor, no starter", floorResult, before, after);
					}
					System.out.println();
				}
			}
			if (jfr != null && profiled) {
				System.out.println("JFR profile of the returning-user phase on " + databases.split(",")[0] + ":");
				JfrTop.print(Path.of(jfr), profileFrom, profileTo, 10, System.out);
			}
			System.out.printf(Locale.ROOT, "load average at end: %s%n", BenchSupport.loadAverage());
		}
	}

	private static void machine() throws IOException {
		String cpu = "unknown";
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (Files.isReadable(cpuinfo)) {
			try (Stream<String> lines = Files.lines(cpuinfo)) {
				cpu = lines.filter((line) -> line.startsWith("model name"))
					.map((line) -> line.substring(line.indexOf(':') + 1).trim())
					.findFirst()
					.orElse(cpu);
			}
		}
		System.out.printf(Locale.ROOT, "machine: %d CPUs (%s), %s %s, load average at start: %s%n",
				Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), BenchSupport.loadAverage());
	}

	private static void header(int concurrency) {
		System.out.printf(Locale.ROOT, "%-32s %9s %8s %8s %9s %9s %9s %8s %9s %7s %11s %7s%n",
				"phase, concurrency " + concurrency, "logins/s", "p50 ms", "p99 ms", "app CPU", "bench CPU", "threads",
				"calls", "bare", "x bare", "p99 added", "app JIT");
		System.out.printf(Locale.ROOT, "%-32s %9s %8s %8s %9s %9s %9s %8s %9s %7s %11s %7s%n", "", "", "", "",
				"ms/login", "ms/login", "/login", "/login", "logins/s", "", "ms", "s/s");
	}

	// The bare client's figures are the mean of the bare phases just before and after this one;
	// without them (null), the row has no comparison with the bare client.
	private static void row(String phase, Load.Result result, Load.Result bareBefore, Load.Result bareAfter) {
		boolean app = result.appCpuNanos() >= 0;
		boolean compared = bareBefore != null;
		double logins = result.logins();
		double bare = compared ? (bareBefore.perSecond() + bareAfter.perSecond()) / 2 : Double.NaN;
		double bareP99 = compared ? (bareBefore.percentileMillis(99) + bareAfter.percentileMillis(99)) / 2 : Double.NaN;
		System.out.printf(Locale.ROOT, "%-32s %9.0f %8.2f %8.2f %9s %9.3f %9.3f %8.2f %9s %7s %11s %7s%n", phase,
				result.perSecond(), result.percentileMillis(50), result.percentileMillis(99),
				app ? String.format(Locale.ROOT, "%.3f", result.appCpuNanos() / 1e6 / logins) : "-",
				result.benchCpuNanos() / 1e6 / logins,
				(app ? result.appThreads() : result.benchThreads()) / logins, result.providerRequests() / logins,
				compared ? String.format(Locale.ROOT, "%.0f", bare) : "-",
				compared ? String.format(Locale.ROOT, "%.3f", result.perSecond() / bare) : "-",
				compared ? String.format(Locale.ROOT, "%.2f", result.percentileMillis(99) - bareP99) : "-",
				app ? String.format(Locale.ROOT, "%.2f", result.jitPerSecond()) : "-");
	}

	/** A bare-client phase run beside the app's, a fresh measure of the host's speed. */
	@FunctionalInterface
	private interface BarePhase {

		Load.Result measure(AppProcess app) throws Exception;

	}

	/**
	 * Warm the app up with a mix of returning logins and sign-ups, in slices of {@code slice}
	 * seconds: at each load's concurrency in turn until a slice in which the app's JIT compiled
	 * less than {@code jitQuiet} seconds per second, the last load's for at least one slice, in
	 * all for at least {@code minimum} seconds and at most {@code maximum}. Each slice is printed:
	 * the curve of a cold app warming up.
	 * @return the logins made
	 */
	private static long warmUp(List<Load> loads, Load.Login login, AppProcess app, FakeGitHub github,
			String database, double minimum, double maximum, double slice, double jitQuiet) throws Exception {
		long logins = 0;
		double elapsed = 0;
		double longest = Math.max(minimum, maximum);
		Load.Result last = null;
		for (int i = 0; i < loads.size(); i++) {
			Load load = loads.get(i);
			boolean full = i == loads.size() - 1;
			last = null;
			while (elapsed < longest && (last == null || last.jitPerSecond() >= jitQuiet
					|| (full && elapsed < minimum))) {
				last = load.forSeconds(Math.min(slice, longest - elapsed), login, app, github);
				row(String.format(Locale.ROOT, "%s warm-up at %d, %.0f-%.0f s", database, load.concurrency(), elapsed,
						elapsed + last.seconds()), last, null, null);
				elapsed += last.seconds();
				logins += last.logins();
			}
		}
		if (last != null) {
			System.out.printf(Locale.ROOT,
					"%s warm-up: %.0f s, %,d logins; the app's JIT %s (%.2f s/s in the last slice)%n%n", database,
					elapsed, logins, (last.jitPerSecond() < jitQuiet) ? "is quiet" : "still compiles",
					last.jitPerSecond());
		}
		return logins;
	}

	// After a phase the app's JIT compiler works on for a while; a bare phase run then would be
	// slowed by it, and flatter the app. Waits until the app uses under a tenth of a CPU (15 s at most).
	private static void awaitQuiet(AppProcess app) throws Exception {
		long interval = 250_000_000L;
		long deadline = System.nanoTime() + 15_000_000_000L;
		long before = app.stats()[0];
		while (System.nanoTime() < deadline) {
			Thread.sleep(interval / 1_000_000);
			long now = app.stats()[0];
			if (now - before < interval / 10) {
				return;
			}
			before = now;
		}
	}

	private static long returning(long n, int returningUsers) {
		return RETURNING_BASE + n % returningUsers;
	}

	/**
	 * The two provider calls of a login and nothing else: the floor that a login server can approach.
	 * @param http the client
	 * @param token the token endpoint
	 * @param user the user endpoint
	 * @param id the user to log in
	 * @throws IOException when a call fails
	 */
	static void bareLogin(CloseableHttpClient http, URI token, URI user, long id) throws IOException {
		String answer = post(http, token, ContentType.APPLICATION_FORM_URLENCODED,
				"client_id=bench&client_secret=bench&code=u" + id + "&redirect_uri=http%3A%2F%2F127.0.0.1%2F");
		int at = answer.indexOf("\"access_token\":\"");
		if (at < 0) {
			throw new IOException("The token endpoint answered no access token: " + answer);
		}
		at += "\"access_token\":\"".length();
		get(http, user, answer.substring(at, answer.indexOf('"', at)));
	}

	private static void appLogin(CloseableHttpClient http, URI login, long id) throws IOException {
		String answer = post(http, login, ContentType.APPLICATION_JSON, "{\"code\":\"u" + id + "\"}");
		if (!answer.contains("\"token\"")) {
			throw new IOException("Login of user " + id + " answered no token: " + answer);
		}
	}

	private static String post(CloseableHttpClient http, URI uri, ContentType type, String body) throws IOException {
		HttpPost post = new HttpPost(uri);
		post.setHeader("Accept", "application/json");
		post.setEntity(new StringEntity(body, type));
		return http.execute(post, (response) -> {
			String answer = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
			if (response.getCode() != 200) {
				throw new IOException("POST " + uri.getPath() + " answered " + response.getCode() + ": " + answer);
			}
			return answer;
		});
	}

	private static void get(CloseableHttpClient http, URI uri, String accessToken) throws IOException {
		HttpGet get = new HttpGet(uri);
		get.setHeader("Accept", "application/vnd.github+json");
		get.setHeader("Authorization", "Bearer " + accessToken);
		http.execute(get, (response) -> {
			String answer = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
			if (response.getCode() != 200 || !answer.contains("\"id\":")) {
				throw new IOException("GET " + uri.getPath() + " answered " + response.getCode() + ": " + answer);
			}
			return answer;
		});
	}

	private static void env(String name, String property, List<String> properties) {
		String value = System.getenv(name);
		if (value != null) {
			properties.add(property + "=" + value);
		}
	}

}
