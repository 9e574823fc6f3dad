package io.restsocial.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The login load bench: a running application of the starter, a fake GitHub (WireMock) on
 * loopback, and concurrent clients doing full logins ({@code POST social/<kind>/github/}: code
 * exchange, user fetch, pipeline, credential) for a bounded number of logins. Prints throughput
 * and latency percentiles, and the threads the JVM started per login. Each login is a new user unless {@code bench.sameUser=true}.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.restsocial.benchmarks.LoginLoadBench}, with
 * {@code -Dbench.logins=2000 -Dbench.threads=8 -Dbench.kind=jwt-pair -Dbench.database=<jdbc url>}.
 */
@SpringBootApplication
public class LoginLoadBench {

	public static void main(String[] args) throws Exception {
		int logins = Integer.getInteger("bench.logins", 2000);
		int threads = Integer.getInteger("bench.threads", 8);
		int warmup = Integer.getInteger("bench.warmup", 300);
		String kind = System.getProperty("bench.kind", "jwt-pair");
		boolean sameUser = Boolean.getBoolean("bench.sameUser");
		String database = System.getProperty("bench.database", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");

		WireMockServer github = new WireMockServer(
				wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true).globalTemplating(true)
					.containerThreads(32));
		github.start();
		github.stubFor(post("/login/oauth/access_token").willReturn(
				okJson("{\"access_token\":\"gho_{{randomInt lower=1 upper=2000000000}}\",\"scope\":\"\","
						+ "\"token_type\":\"bearer\"}")));
		// The user id comes from the token the app sends, so each login is its own user.
		String id = sameUser ? "583231" : "{{regexExtract request.headers.Authorization '[0-9]+'}}";
		github.stubFor(get("/user").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"login\":\"user" + id + "\",\"id\":" + id + ",\"name\":\"Bench User\",\"email\":\"user" + id
					+ "@example.com\"}")));
		// GitHub logins also read /user/emails, which says whether the email is verified.
		github.stubFor(get("/user/emails").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("[{\"email\":\"user" + id + "@example.com\",\"verified\":true,\"primary\":true,"
					+ "\"visibility\":\"public\"}]")));

		ConfigurableApplicationContext app = new SpringApplicationBuilder(LoginLoadBench.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.datasource.url=" + database,
					"spring.datasource.hikari.maximum-pool-size=" + Math.max(4, threads),
					"rest.social.jdbc.initialize-schema=always", "logging.level.root=WARN",
					"rest.social.jwt.secret=a-benchmark-secret-of-at-least-32-bytes",
					"rest.social.providers.github.client-id=bench", "rest.social.providers.github.client-secret=bench",
					"rest.social.providers.github.token-uri=" + github.baseUrl() + "/login/oauth/access_token",
					"rest.social.providers.github.user-info-uri=" + github.baseUrl() + "/user")
			.run();
		try {
			URI login = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
					+ "/api/login/social/" + kind + "/github/");
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			long[] latencies;
			long started;
			double seconds;
			try {
				run(pool, http, login, warmup, threads);
				ThreadMXBean jvmThreads = ManagementFactory.getThreadMXBean();
				long startedBefore = jvmThreads.getTotalStartedThreadCount();
				long start = System.nanoTime();
				latencies = run(pool, http, login, logins, threads);
				seconds = (System.nanoTime() - start) / 1e9;
				started = jvmThreads.getTotalStartedThreadCount() - startedBefore;
			}
			finally {
				pool.shutdownNow();
			}
			Arrays.sort(latencies);
			System.out.printf(Locale.ROOT,
					"login load bench: %d logins (%s, %s users) by %d threads in %.2f s: %.0f logins/s; latency "
							+ "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					logins, kind, sameUser ? "returning" : "new", threads, seconds, logins / seconds,
					percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
					latencies[latencies.length - 1] / 1e6);
			// Threads the JVM started during the measured logins: the server's, WireMock's and
			// the provider HTTP client's. Near zero once warm; a client that starts a thread per
			// call shows about three per GitHub login.
			System.out.printf(Locale.ROOT, "threads started per login: %.3f (%d in %d logins)%n",
					(double) started / logins, started, logins);
		}
		finally {
			SpringApplication.exit(app);
			github.stop();
		}
	}

	private static long[] run(ExecutorService pool, HttpClient http, URI login, int logins, int threads)
			throws Exception {
		long[] latencies = new long[logins];
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < logins; i = next.getAndIncrement()) {
					HttpRequest request = HttpRequest.newBuilder(login)
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"c" + i + "\"}"))
						.build();
					long begin = System.nanoTime();
					HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
					latencies[i] = System.nanoTime() - begin;
					if (response.statusCode() != 200) {
						throw new IllegalStateException("Login " + i + " answered " + response.statusCode() + ": "
								+ response.body());
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		return latencies;
	}

	private static double percentile(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
