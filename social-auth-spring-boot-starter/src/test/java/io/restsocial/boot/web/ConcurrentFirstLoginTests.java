package io.restsocial.boot.web;

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
import java.util.function.IntFunction;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * First logins all at once over real HTTP. Of one new account: every one succeeds with the same
 * user, and there is one user and one account (the losers of the insert race run the pipeline
 * again and find the winner's). Of different accounts whose provider logins are the same name:
 * every one succeeds, each with a user and username of its own.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.threads.max=64")
class ConcurrentFirstLoginTests extends LoginTestSupport {

	private static final int LOGINS = 50;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void firstLoginsOfOneAccountWhenConcurrentThenAllSucceedWithOneUser() throws Exception {
		github.stubFor(post(FakeGitHub.TOKEN_PATH).willReturn(okJson("{\"access_token\":\"gho_same\",\"token_type\":\"bearer\"}")));
		github.stubFor(get("/user").willReturn(okJson("{\"login\":\"racer\",\"id\":999,\"name\":\"Ra Cer\",\"email\":\"r@example.com\"}")));
		github.stubFor(get("/user/emails").willReturn(okJson("[{\"email\":\"r@example.com\",\"verified\":true,"
				+ "\"primary\":true,\"visibility\":\"public\"}]")));
		List<HttpResponse<String>> answers = loginAtOnce((i) -> "c");
		for (HttpResponse<String> response : answers) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"username\":\"racer\"");
		}
		assertThat(answers.stream().map((response) -> userId(response.body())).distinct()).hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_token").query(Long.class).single()).isOne();
	}

	@Test
	void firstLoginsOfAccountsWithTheSameLoginWhenConcurrentThenDistinctUsersAndUsernames() throws Exception {
		for (int i = 0; i < LOGINS; i++) {
			github.user("twin-" + i, 5000 + i, "twin", "twin" + i + "@example.com", "Twin " + i);
			github.stubFor(get("/user/emails").withHeader("Authorization", equalTo("token gho_twin-" + i))
				.willReturn(okJson("[{\"email\":\"twin" + i + "@example.com\",\"verified\":true,\"primary\":true,"
						+ "\"visibility\":\"public\"}]")));
		}
		List<HttpResponse<String>> answers = loginAtOnce((i) -> "twin-" + i);
		for (HttpResponse<String> response : answers) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		assertThat(answers.stream().map((response) -> userId(response.body())).distinct()).hasSize(LOGINS);
		List<String> usernames = this.jdbc.sql("SELECT username FROM social_user").query(String.class).list();
		assertThat(usernames).hasSize(LOGINS).doesNotHaveDuplicates().contains("twin");
		assertThat(usernames).allMatch((username) -> username.matches("twin([0-9a-f]{16})?"));
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT user_id) FROM social_account").query(Long.class).single())
			.isEqualTo(LOGINS);
	}

	private List<HttpResponse<String>> loginAtOnce(IntFunction<String> code) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < LOGINS; i++) {
				String body = "{\"code\":\"" + code.apply(i) + "\"}";
				answers.add(pool.submit(() -> {
					start.await();
					return this.http.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + this.port + "/api/login/social/token_user/github/"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String userId(String body) {
		return body.replaceAll("(?s).*\"id\":([0-9]+).*", "$1");
	}

}
