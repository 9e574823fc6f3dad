package io.restsocial.boot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Provider calls go through the application's {@code RestClient.Builder}: its customizers apply,
 * while {@code rest.social.http}'s timeouts beat the application's own client settings, and an
 * answer over the size cap is cut off rather than read to its end.
 */
@SpringBootTest(classes = TestApp.class, properties = { "rest.social.http.read-timeout=3s",
		"rest.social.http.max-response-size=4KB", "spring.http.clients.read-timeout=60s" })
@Import(ProviderRestClientTests.AppClientCustomizer.class)
class ProviderRestClientTests extends LoginTestSupport {

	private static final long HUGE = 256L * 1024 * 1024;

	private static final AtomicLong hugeWritten = new AtomicLong();

	private static final AtomicBoolean hugeDone = new AtomicBoolean();

	private static final HttpServer huge = hugeProvider();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.facebook.client-id", () -> "fb-client");
		registry.add("rest.social.providers.facebook.client-secret", () -> "fb-secret");
		registry.add("rest.social.providers.facebook.token-uri", () -> github.baseUrl() + "/fb/oauth/access_token");
		registry.add("rest.social.providers.facebook.user-info-uri", () -> github.baseUrl() + "/fb/me");
		registry.add("rest.social.providers.google-oauth2.client-id", () -> "g-client");
		registry.add("rest.social.providers.google-oauth2.client-secret", () -> "g-secret");
		registry.add("rest.social.providers.google-oauth2.token-uri",
				() -> "http://127.0.0.1:" + huge.getAddress().getPort() + "/token");
	}

	@AfterAll
	static void stop() {
		huge.stop(0);
	}

	@Test
	void loginWhenAppCustomizesRestClientBuilderThenProviderCallsCarryIt() throws Exception {
		github.user("code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		login("github", "code-1").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("octocat"));
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withHeader("X-App-Client",
				equalTo("test-app")));
		github.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("X-App-Client", equalTo("test-app")));
	}

	@Test
	void loginWhenProviderSetsCookieForOneUserThenNextUsersCallsDoNotCarryIt() throws Exception {
		github.user("code-cookie-b", 583233, "bob", "bob@example.com", "Bob");
		github.stubFor(WireMock.post(urlPathEqualTo(FakeGitHub.TOKEN_PATH))
			.withFormParam("code", equalTo("code-cookie-a"))
			.willReturn(okJson("{\"access_token\":\"gho_code-cookie-a\",\"token_type\":\"bearer\"}")
				.withHeader("Set-Cookie", "_gh_sess=alice-session; Path=/; HttpOnly")));
		github.stubFor(WireMock.get(urlPathEqualTo("/user"))
			.withHeader("Authorization", equalTo("token gho_code-cookie-a"))
			.willReturn(okJson("{\"login\":\"alice\",\"id\":583232,\"type\":\"User\",\"email\":null}")
				.withHeader("Set-Cookie", "user_session=alice-user; Path=/; HttpOnly")));
		login("github", "code-cookie-a").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("alice"));
		login("github", "code-cookie-b").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("bob"));
		github.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
				equalTo("token gho_code-cookie-b")));
		github.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()).withHeader("Cookie", WireMock.matching(".*")));
	}

	// Stack Exchange compresses every answer, asked or not.
	@Test
	void loginWhenProviderAnswersGzipThenDecompressed() throws Exception {
		github.stubFor(WireMock.post(urlPathEqualTo(FakeGitHub.TOKEN_PATH))
			.withFormParam("code", equalTo("code-gzip"))
			.willReturn(WireMock.aResponse()
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Encoding", "gzip")
				.withBody(gzip("{\"access_token\":\"gho_code-gzip\",\"token_type\":\"bearer\"}"))));
		github.stubFor(WireMock.get(urlPathEqualTo("/user"))
			.withHeader("Authorization", equalTo("token gho_code-gzip"))
			.willReturn(WireMock.aResponse()
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Encoding", "gzip")
				.withBody(gzip("{\"login\":\"carol\",\"id\":583234,\"type\":\"User\",\"email\":null}"))));
		login("github", "code-gzip").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("carol"));
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	@Test
	void loginWhenAppObservesClientCallsThenProviderUrlsWithoutTheirQuery() throws Exception {
		github.stubFor(WireMock.get(urlPathEqualTo("/fb/oauth/access_token")).willReturn(okJson(
				"{\"access_token\":\"EAAfb-secret-token\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		github.stubFor(WireMock.get(urlPathEqualTo("/fb/me"))
			.willReturn(okJson("{\"id\":\"10158\",\"name\":\"Mark Fb\",\"first_name\":\"Mark\","
					+ "\"last_name\":\"Fb\",\"email\":\"mark@example.com\"}")));
		AppClientCustomizer.urls.clear();
		login("facebook", "code-fb").andExpect(status().isOk());
		github.verify(getRequestedFor(urlPathEqualTo("/fb/me")).withQueryParam("access_token",
				equalTo("EAAfb-secret-token")));
		// Facebook's token request carries the client secret in its query, its user request the token.
		github.verify(getRequestedFor(urlPathEqualTo("/fb/oauth/access_token")).withQueryParam("client_secret",
				equalTo("fb-secret")));
		assertThat(AppClientCustomizer.urls)
			.contains(github.baseUrl() + "/fb/oauth/access_token", github.baseUrl() + "/fb/me")
			.noneMatch((url) -> url.contains("fb-secret") || url.contains("EAAfb") || url.contains("?"));
	}

	@Test
	void loginWhenProviderSlowerThanOurReadTimeoutThen504DespiteTheAppsLongerOne() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(okJson("{\"access_token\":\"gho_slow\",\"token_type\":\"bearer\"}").withFixedDelay(6000)));
		login("github", "code-slow").andExpect(status().isGatewayTimeout())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value("Provider 'github' did not answer in time"));
	}

	@Test
	void loginWhenProviderAnswersFarOverTheCapThen502AndTheRestIsNeverRead() throws Exception {
		login("google-oauth2", "code-huge").andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.error").value("Provider 'google-oauth2' answered with more than 4096 bytes"));
		await().untilTrue(hugeDone);
		// Read to its end, the answer would have been written whole; cut off, the provider's
		// writes fail once the socket buffers are full.
		assertThat(hugeWritten.get()).isLessThan(HUGE / 4);
	}

	private ResultActions login(String provider, String code) throws Exception {
		return this.mvc.perform(post("/api/login/social/token_user/" + provider + "/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\"}"));
	}

	// A token endpoint that declares and starts writing a very long JSON answer.
	private static HttpServer hugeProvider() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
			server.createContext("/token", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				byte[] chunk = new byte[64 * 1024];
				Arrays.fill(chunk, (byte) ' ');
				try (OutputStream out = exchange.getResponseBody()) {
					exchange.sendResponseHeaders(200, HUGE + 2);
					out.write('{');
					for (long written = 0; written < HUGE; written += chunk.length) {
						out.write(chunk);
						hugeWritten.addAndGet(chunk.length);
					}
					out.write('}');
				}
				catch (IOException ex) {
					// The client hung up.
				}
				finally {
					hugeDone.set(true);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class AppClientCustomizer {

		static final List<String> urls = new CopyOnWriteArrayList<>();

		@Bean
		RestClientCustomizer appClientHeader() {
			return (builder) -> builder.defaultHeader("X-App-Client", "test-app");
		}

		// What a tracer would export of each client call.
		@Bean
		ObservationHandler<ClientRequestObservationContext> clientCallUrls() {
			return new ObservationHandler<>() {

				@Override
				public boolean supportsContext(Observation.Context context) {
					return context instanceof ClientRequestObservationContext;
				}

				@Override
				public void onStop(ClientRequestObservationContext context) {
					KeyValue url = context.getHighCardinalityKeyValue("http.url");
					if (url != null) {
						urls.add(url.getValue());
					}
				}

			};
		}

	}

}
