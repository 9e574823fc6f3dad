package io.restsocial.boot.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Refresh with rotation: a new refresh token each time, and the used one revoked, by exactly one
 * of several refreshes sent with it at once.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.jwt.secret=an-hs256-secret-of-at-least-32-bytes!",
				"rest.social.jwt.rotate-refresh-tokens=true", "rest.social.jwt.blacklist-after-rotation=true" })
class JwtRotationTests extends LoginTestSupport {

	@Test
	void refreshWhenRotatingThenNewRefreshAndOldOneBlacklisted() throws Exception {
		github.user("r", 9, "rotor", "r@example.com", "Ro Tor");
		JsonNode pair = read(this.mvc.perform(post("/api/login/social/jwt-pair/github/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"r\"}")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String first = pair.get("refresh").asString();

		JsonNode rotated = read(refresh(first, 200));
		assertThat(rotated.get("token").asString()).isNotBlank();
		String second = rotated.get("refresh").asString();
		assertThat(JwtLoginTests.claims(second).getJWTID()).isNotEqualTo(JwtLoginTests.claims(first).getJWTID());
		assertThat(JwtLoginTests.claims(second).getClaim("token_type")).isEqualTo("refresh");

		refresh(first, 401);
		assertThat(read(refresh(second, 200)).get("refresh").asString()).isNotEqualTo(second);
	}

	// The attack: a stolen refresh token sent many times at once, to get several refresh chains
	// out of one token that rotation promises to use up.
	@Test
	void refreshWhenOneTokenSentConcurrentlyThenExactlyOneRefreshes() throws Exception {
		github.user("race", 10, "racer", "race@example.com", "Ra Cer");
		String refresh = read(this.mvc.perform(post("/api/login/social/jwt-pair/github/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"race\"}")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get("refresh")
			.asString();
		String body = this.json.writeValueAsString(Map.of("refresh", refresh));
		int attempts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				statuses.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(post("/api/login/token/refresh/").contentType(MediaType.APPLICATION_JSON).content(body))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			List<Integer> answered = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answered.add(status.get(60, TimeUnit.SECONDS));
			}
			assertThat(answered).containsOnly(200, 401).filteredOn((status) -> status == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String refresh(String refresh, int expectedStatus) throws Exception {
		return this.mvc
			.perform(post("/api/login/token/refresh/").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("refresh", refresh))))
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private JsonNode read(String body) {
		return this.json.readTree(body);
	}

}
