package io.restsocial.boot.state;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.SharedDatabases;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances of an application on one database and one state secret: a browser's
 * state issued by the first is used by a login on the second, and a replay is refused by
 * either, also when logins with one state race on both. Run on H2, and on PostgreSQL when
 * {@code SOCIAL_AUTH_PG_URL} names one.
 */
class StateTwoInstancesTests {

	private static final String SECRET = "a-state-secret-shared-by-both-instances";

	@RegisterExtension
	static FakeGitHub github = FakeGitHub.shared();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> databases() {
		return SharedDatabases.urls("state");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void stateWhenIssuedByOneInstanceThenUsedOnTheOtherAndReplayRefusedOnEither(String database) throws Exception {
		github.user("two", 52, "twice", "two@example.com", "Two Instances");
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
			GitHubStubs.deleteAll(jdbc);
			jdbc.sql("DELETE FROM social_state").update();

			HttpResponse<String> issued = send(first, "/api/login/social/state/github/", "", null);
			assertThat(issued.statusCode()).isEqualTo(200);
			String cookie = issued.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			String state = this.json.readTree(issued.body()).get("state").asString();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM social_state").query(Long.class).single()).isZero();

			String body = "{\"code\":\"two\",\"state\":\"" + state + "\"}";
			HttpResponse<String> login = send(second, "/api/login/social/token_user/github/", body, cookie);
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			assertThat(this.json.readTree(login.body()).get("username").asString()).isEqualTo("twice");

			for (ConfigurableApplicationContext instance : List.of(first, second)) {
				HttpResponse<String> replay = send(instance, "/api/login/social/token_user/github/", body, cookie);
				assertThat(replay.statusCode()).isEqualTo(400);
				JsonNode problem = this.json.readTree(replay.body());
				assertThat(problem.get("fields").get(0).asString()).isEqualTo("state");
				assertThat(problem.get("error").asString()).contains("already used");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void stateWhenLoginsWithItRaceOnBothInstancesThenExactlyOneSucceeds(String database) throws Exception {
		github.user("race", 53, "racer", "race@example.com", "Ra Cer");
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
			GitHubStubs.deleteAll(jdbc);
			jdbc.sql("DELETE FROM social_state").update();
			HttpResponse<String> issued = send(first, "/api/login/social/state/github/", "", null);
			String cookie = issued.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			String body = "{\"code\":\"race\",\"state\":\"" + this.json.readTree(issued.body()).get("state").asString()
					+ "\"}";
			int logins = 8;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(logins);
			List<Integer> statuses = new ArrayList<>();
			try {
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (int i = 0; i < logins; i++) {
					ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
					answers.add(pool.submit(() -> {
						start.await();
						return send(instance, "/api/login/social/token_user/github/", body, cookie);
					}));
				}
				start.countDown();
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
					statuses.add(response.statusCode());
					if (response.statusCode() != 200) {
						assertThat(response.body()).contains("already used").contains("\"state\"");
					}
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(statuses).containsOnly(200, 400).containsOnlyOnce(200);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isOne();
		}
	}

	private ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(TestApp.class)
			.properties("server.port=0", "spring.datasource.url=" + database, "rest.social.jdbc.initialize-schema=always",
					"rest.social.state.secret=" + SECRET, "rest.social.state.required=true",
					"rest.social.providers.github.pkce=true", "rest.social.providers.github.client-id=gh-client",
					"rest.social.providers.github.client-secret=gh-secret",
					"rest.social.providers.github.token-uri=" + github.baseUrl() + FakeGitHub.TOKEN_PATH,
					"rest.social.providers.github.user-info-uri=" + github.baseUrl() + "/user")
			.run();
	}

	private HttpResponse<String> send(ConfigurableApplicationContext context, String path, String body, String cookie)
			throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Origin", "http://app.example")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
