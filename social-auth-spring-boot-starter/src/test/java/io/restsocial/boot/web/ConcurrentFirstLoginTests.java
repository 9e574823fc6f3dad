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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first logins of one new account, all at once over real HTTP: every one succeeds with the
 * same user, and there is one user and one account (the losers of the insert race run the
 * pipeline again and find the winner's).
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentFirstLoginTests {

	@RegisterExtension
	static WireMockExtension github = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		GitHubStubs.properties(registry, github);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void firstLoginsWhenConcurrentThenAllSucceedWithOneUser() throws Exception {
		GitHubStubs.deleteAll(this.jdbc);
		github.stubFor(post(GitHubStubs.TOKEN_PATH).willReturn(okJson("{\"access_token\":\"gho_same\",\"token_type\":\"bearer\"}")));
		github.stubFor(get("/user").willReturn(okJson("{\"login\":\"racer\",\"id\":999,\"name\":\"Ra Cer\",\"email\":\"r@example.com\"}")));
		int logins = 8;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(logins);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < logins; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return http.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + this.port + "/api/login/social/token_user/github/"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"c\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				assertThat(response.body()).contains("\"username\":\"racer\"");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_token").query(Long.class).single()).isOne();
	}

}
