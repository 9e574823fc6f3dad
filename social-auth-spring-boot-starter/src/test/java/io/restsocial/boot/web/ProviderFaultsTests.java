package io.restsocial.boot.web;

import java.net.ServerSocket;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each way a provider can fail, played by WireMock on GitHub's token endpoint: the login answers
 * its documented status as problem+json, without the provider's host or path in the body, logs
 * the failure once at WARN without a stack trace, and writes no row.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.http.read-timeout=3s", "rest.social.http.max-response-size=4KB" })
class ProviderFaultsTests extends LoginTestSupport {

	private static final int CLOSED_PORT = closedPort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.google-oauth2.client-id", () -> "g-client");
		registry.add("rest.social.providers.google-oauth2.client-secret", () -> "g-secret");
		registry.add("rest.social.providers.google-oauth2.token-uri",
				() -> "http://127.0.0.1:" + CLOSED_PORT + "/token");
	}

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	@BeforeEach
	void captureLogs() {
		String thread = Thread.currentThread().getName();
		this.logs.addFilter(new ch.qos.logback.core.filter.Filter<>() {
			@Override
			public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
				return thread.equals(event.getThreadName()) ? ch.qos.logback.core.spi.FilterReply.NEUTRAL
						: ch.qos.logback.core.spi.FilterReply.DENY;
			}
		});
		this.logs.start();
		this.root.addAppender(this.logs);
	}

	@AfterEach
	void stopCapture() {
		this.root.detachAppender(this.logs);
	}

	static Stream<Arguments> faults() {
		String big = "{\"access_token\":\"gho_x\",\"pad\":\"" + "x".repeat(5000) + "\"}";
		return Stream.of(Arguments.of("5xx", (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(503)
			.withHeader("Content-Type", "text/plain")
			.withBody("unicorn"), 502),
				Arguments.of("429 with Retry-After",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(429)
							.withHeader("Retry-After", "120")
							.withHeader("Content-Type", "application/json")
							.withBody("{\"message\":\"API rate limit exceeded\"}"),
						502),
				Arguments.of("malformed JSON",
						(Supplier<ResponseDefinitionBuilder>) () -> okJson("{\"access_token\":\"gho_x\","), 502),
				Arguments.of("HTML page with 200",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(200)
							.withHeader("Content-Type", "text/html")
							.withBody("<html><body><h1>Maintenance</h1></body></html>"),
						502),
				Arguments.of("HTML page with 500",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(500)
							.withHeader("Content-Type", "text/html")
							.withBody("<html><body><h1>Internal Server Error</h1></body></html>"),
						502),
				Arguments.of("empty body",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(200), 502),
				Arguments.of("body over the cap", (Supplier<ResponseDefinitionBuilder>) () -> okJson(big), 502),
				Arguments.of("chunked body over the cap",
						(Supplier<ResponseDefinitionBuilder>) () -> okJson(big).withChunkedDribbleDelay(4, 10), 502),
				Arguments.of("redirect",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(302)
							.withHeader("Location", github.baseUrl() + "/elsewhere"),
						502),
				Arguments.of("connection reset",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse()
							.withFault(Fault.CONNECTION_RESET_BY_PEER),
						502),
				Arguments.of("garbage then close",
						(Supplier<ResponseDefinitionBuilder>) () -> aResponse()
							.withFault(Fault.RANDOM_DATA_THEN_CLOSE),
						502),
				Arguments.of("access token that cannot be sent back",
						(Supplier<ResponseDefinitionBuilder>) () -> okJson(
								"{\"access_token\":\"gho_x\\r\\nX-Injected: 1\",\"token_type\":\"bearer\"}"),
						502),
				Arguments.of("read timeout",
						(Supplier<ResponseDefinitionBuilder>) () -> okJson("{\"access_token\":\"gho_x\"}")
							.withFixedDelay(6000),
						504),
				Arguments.of("refused code",
						(Supplier<ResponseDefinitionBuilder>) () -> okJson("{\"error\":\"bad_verification_code\","
								+ "\"error_description\":\"The code passed is incorrect or expired.\"}"),
						400));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void loginWhenTokenEndpointFailsThenDocumentedStatusOneWarnNoRow(String fault,
			Supplier<ResponseDefinitionBuilder> answer, int status) throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(answer.get()));
		github.stubFor(WireMock.get("/elsewhere").willReturn(okJson("{\"access_token\":\"gho_redirected\"}")));
		MockHttpServletResponse response = login("github");
		assertProblem(response, status);
		assertThat(response.getContentAsString()).doesNotContain(FakeGitHub.TOKEN_PATH)
			.doesNotContain(String.valueOf(github.port()));
		assertLoggedOnceAtWarn("Provider 'github'");
		assertNothingWritten();
	}

	@Test
	void loginWhenUserEndpointFailsAfterTokenThen502OneWarnNoRow() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(okJson("{\"access_token\":\"gho_z\",\"token_type\":\"bearer\"}")));
		github.stubFor(
				WireMock.get("/user").willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));
		MockHttpServletResponse response = login("github");
		assertProblem(response, 502);
		assertLoggedOnceAtWarn(null);
		assertNothingWritten();
	}

	@Test
	void loginWhenProviderPortClosedThen502WithoutItsAddress() throws Exception {
		MockHttpServletResponse response = login("google-oauth2");
		assertProblem(response, 502, "google-oauth2");
		assertThat(response.getContentAsString()).contains("could not be reached")
			.doesNotContain(String.valueOf(CLOSED_PORT))
			.doesNotContain("127.0.0.1");
		assertLoggedOnceAtWarn(String.valueOf(CLOSED_PORT));
		assertNothingWritten();
	}

	@Test
	void loginWhenProviderErrorTextHasLineBreaksThenLoggedOnOneLine() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(okJson(
				"{\"error\":\"bad_verification_code\","
						+ "\"error_description\":\"bad\\r\\n12:00:00.000 ERROR forged line\"}")));
		assertProblem(login("github"), 400);
		assertLoggedOnceAtWarn("forged line");
		assertThat(this.logs.list.get(0).getFormattedMessage()).doesNotContain("\r").doesNotContain("\n");
	}

	private MockHttpServletResponse login(String provider) throws Exception {
		return this.mvc
			.perform(post("/api/login/social/token_user/" + provider + "/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-fault\"}"))
			.andReturn()
			.getResponse();
	}

	private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertProblem(response, status, "github");
	}

	private static void assertProblem(MockHttpServletResponse response, int status, String provider)
			throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getContentAsString()).contains("\"error\":\"Provider '" + provider + "'")
			.contains("\"fields\":[]");
	}

	private void assertLoggedOnceAtWarn(String logged) {
		List<ILoggingEvent> events = this.logs.list;
		assertThat(events).hasSize(1);
		ILoggingEvent event = events.get(0);
		assertThat(event.getLevel()).isEqualTo(Level.WARN);
		assertThat(event.getThrowableProxy()).isNull();
		if (logged != null) {
			assertThat(event.getFormattedMessage()).contains(logged);
		}
	}

	private void assertNothingWritten() {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_token").query(Long.class).single()).isZero();
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
