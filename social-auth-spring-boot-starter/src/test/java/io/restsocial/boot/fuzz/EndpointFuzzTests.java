package io.restsocial.boot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.restsocial.boot.fuzz.RequestGenerator.FuzzCase;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property-based fuzz of every rest-social-auth endpoint over real HTTP (a socket to the
 * embedded Tomcat, so that nothing is cleaned up on the way as MockMvc would): for every generated
 * request, whatever its body, content type, field sizes, encodings, provider name, path segments
 * and {@code Origin}, {@code Authorization} and {@code Cookie} headers, the answer is never a 5xx,
 * never carries a stack trace, and a 4xx is JSON; no ERROR is logged; and no user or account is
 * written (no generated request carries a code the fake provider accepts).
 * <p>
 * {@code -Dfuzz.cases=N} sets the number of requests (10,000 by default) and {@code -Dfuzz.seed=S}
 * replays a run: a failure names its seed and request.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointFuzzTests extends LoginTestSupport {

	private static final Pattern STACK_TRACE = Pattern
		.compile("(Exception\\b|\\bat (java|jakarta|org|io|tools|com|sun)\\.[\\w$.]+\\()");

	@LocalServerPort
	private int port;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@BeforeEach
	void refuseEveryCode() {
		// GitHub answers a refused code with 200 and an error body.
		github.stubFor(post(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).willReturn(okJson(
				"{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is incorrect or expired.\"}")));
		this.logs.start();
		root().addAppender(this.logs);
	}

	@AfterEach
	void stopCapture() {
		root().detachAppender(this.logs);
	}

	@Test
	void everyEndpointWhenHostileRequestsThenNo5xxNoStackTraceNoErrorLogAndNothingWritten() throws Exception {
		long seed = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());
		int cases = Integer.getInteger("fuzz.cases", 10_000);
		RequestGenerator generator = new RequestGenerator(seed);
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < cases && failures.size() < 5; i++) {
			FuzzCase request = generator.next();
			int errorsBefore = errors().size();
			RawHttp.Response response = RawHttp.send(this.port, request.method(), request.target(),
					request.headers(), request.body());
			String contentType = response.contentType().split(";")[0];
			outcomes.merge(response.status() + " " + contentType, 1, Integer::sum);
			String problem = problem(response);
			if (problem == null && errors().size() > errorsBefore) {
				problem = "an ERROR log line: " + errors().get(errors().size() - 1);
			}
			if (problem != null) {
				failures.add("case " + i + ": " + problem + "\n--- request\n" + request + "\n--- answer\n"
						+ response.status() + " " + response.contentType() + "\n"
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
		}
		assertThat(failures).as("seed %d (replay with -Dfuzz.seed=%d); outcomes %s", seed, seed, outcomes).isEmpty();
		assertThat(errors()).as("ERROR log lines, seed %d", seed).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isZero();
		System.out.println("Fuzz: " + cases + " requests in " + (System.nanoTime() - start) / 1_000_000 + " ms, seed "
				+ seed + ", outcomes " + outcomes);
	}

	private static String problem(RawHttp.Response response) {
		if (response.status() >= 500) {
			return "status " + response.status();
		}
		if (STACK_TRACE.matcher(response.body()).find()) {
			return "a stack trace in the body";
		}
		if (response.status() >= 400 && !response.body().isEmpty() && !response.contentType().contains("json")) {
			return "a " + response.status() + " that is not JSON";
		}
		return null;
	}

	private List<String> errors() {
		return this.logs.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(Level.ERROR))
			.map((event) -> event.getLoggerName() + ": " + event.getFormattedMessage())
			.toList();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
