package io.restsocial.boot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which HTTP client sends provider calls: the one Boot picks for the application (Apache
 * HttpClient, which the starter brings), the JDK's over HTTP/1.1 without it, or the one the
 * application names in {@code spring.http.clients.imperative.factory}. Each is told apart by the
 * {@code User-Agent} it sends to a fake provider.
 */
class ProviderRestClientBuilderTests {

	private static final List<String> received = new CopyOnWriteArrayList<>();

	private static final HttpServer provider = provider();

	private final ApplicationContextRunner runner = ProviderClientContexts.runner();

	@AfterAll
	static void stop() {
		provider.stop(0);
	}

	@BeforeEach
	void clear() {
		received.clear();
	}

	@Test
	void providerCallWhenApacheHttpClientPresentThenSentByIt() {
		this.runner.run((context) -> {
			assertThat(call(context.getBean(ProviderHttpClient.class)).body()).isEqualTo("{}");
			assertThat(received).singleElement().asString().startsWith("HTTP/1.1 Apache-HttpClient/");
		});
	}

	@Test
	void providerCallWhenApacheHttpClientAbsentThenJdkClientOverHttp11() {
		this.runner.withClassLoader(new FilteredClassLoader("org.apache.hc.")).run((context) -> {
			assertThat(call(context.getBean(ProviderHttpClient.class)).body()).isEqualTo("{}");
			// No h2c upgrade: HTTP/1.1 asked for, which breaks no server.
			assertThat(received).singleElement()
				.asString()
				.startsWith("HTTP/1.1 Java-http-client/")
				.doesNotContain("h2c");
		});
	}

	@Test
	void providerCallWhenAppNamesItsRequestFactoryThenSentByIt() {
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=simple").run((context) -> {
			assertThat(call(context.getBean(ProviderHttpClient.class)).body()).isEqualTo("{}");
			assertThat(received).singleElement().asString().startsWith("HTTP/1.1 Java/");
		});
	}

	private static ProviderResponse call(ProviderHttpClient http) {
		return http.get("test", URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/user"),
				(headers) -> {
				});
	}

	private static HttpServer provider() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
			server.createContext("/user", (exchange) -> {
				received.add(exchange.getProtocol() + " " + exchange.getRequestHeaders().getFirst("User-Agent") + " "
						+ exchange.getRequestHeaders().getOrDefault("Upgrade", List.of()));
				byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
