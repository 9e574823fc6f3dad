package io.restsocial.boot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many threads the JVM starts per login once warmed up: the provider HTTP client must reuse
 * its threads and connections rather than start threads for each call (three provider calls per
 * GitHub login).
 * <p>
 * The logins go through MockMvc (no server threads) to a fake GitHub on the JDK's
 * {@link HttpServer}, whose handler threads are all started before counting, so that every thread
 * the JVM starts while counting is started by the login itself.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
class ProviderHttpThreadsTests {

	private static final int WARM_UP = 50;

	private static final int LOGINS = 200;

	private static final ThreadPoolExecutor handlers = new ThreadPoolExecutor(4, 4, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>());

	private static final HttpServer github = quietGitHub();

	private static final AtomicInteger providerCalls = new AtomicInteger();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:" + github.getAddress().getPort();
		registry.add("rest.social.providers.github.client-id", () -> "gh-client");
		registry.add("rest.social.providers.github.client-secret", () -> "gh-secret");
		registry.add("rest.social.providers.github.token-uri", () -> base + GitHubStubs.TOKEN_PATH);
		registry.add("rest.social.providers.github.user-info-uri", () -> base + "/user");
	}

	@Autowired
	private MockMvc mvc;

	@AfterAll
	static void stop() {
		github.stop(0);
		handlers.shutdownNow();
	}

	@Test
	void returningUserLoginsWhenWarmThenStartNoThreadPerLogin() throws Exception {
		login(WARM_UP);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int callsBefore = providerCalls.get();
		long startedBefore = threads.getTotalStartedThreadCount();
		login(LOGINS);
		long started = threads.getTotalStartedThreadCount() - startedBefore;
		double perLogin = (double) started / LOGINS;
		// Printed for the record: the figure the issue asks to see.
		System.out.printf(Locale.ROOT, "threads started per login after warm-up: %.3f (%d in %d logins)%n",
				perLogin, started, LOGINS);
		assertThat(providerCalls.get() - callsBefore).as("provider calls").isEqualTo(3 * LOGINS);
		assertThat(perLogin).as("threads started per login").isLessThan(0.05);
	}

	private void login(int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc
				.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"code-" + i + "\"}"))
				.andExpect(status().isOk());
		}
	}

	private static HttpServer quietGitHub() {
		// Answer without Nagle's delay, which would cost each call tens of milliseconds.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
			server.createContext(GitHubStubs.TOKEN_PATH,
					(exchange) -> answer(exchange, "{\"access_token\":\"gho_returning\",\"scope\":\"user:email\","
							+ "\"token_type\":\"bearer\"}"));
			server.createContext("/user/emails", (exchange) -> answer(exchange, "[{\"email\":\"octocat@github.com\","
					+ "\"verified\":true,\"primary\":true,\"visibility\":\"public\"}]"));
			server.createContext("/user",
					(exchange) -> answer(exchange, "{\"login\":\"octocat\",\"id\":583231,\"node_id\":\"MDQ6VXNlcjE=\","
							+ "\"type\":\"User\",\"site_admin\":false,\"name\":\"Mona Lisa Octocat\",\"company\":null,"
							+ "\"email\":\"octocat@github.com\"}"));
			handlers.prestartAllCoreThreads();
			server.setExecutor(handlers);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
		}
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		providerCalls.incrementAndGet();
	}

}
