package io.restsocial.boot.opaque;

import java.time.Duration;
import java.time.Instant;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.core.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opaque logins: the token and expiry answered once, Token authentication, expiry on a test
 * clock, logout and logout-all, and a per-user limit of two.
 */
@SpringBootTest(classes = TestApp.class, properties = "rest.social.opaque.token-limit-per-user=2")
@Import(TestClockConfiguration.class)
class OpaqueLoginTests extends LoginTestSupport {

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void clean() {
		github.user("o", 21, "opal", "opal@example.com", "Opal Que");
	}

	@Test
	void opaqueWhenLoggedInThenTokenAndExpiryAndOnlyItsDigestStored() throws Exception {
		JsonNode answer = login("/api/login/social/opaque/github/");
		assertThat(answer.properties()).hasSize(2);
		String token = answer.get("token").asString();
		assertThat(token).matches("[0-9a-f]{64}");
		assertThat(Instant.parse(answer.get("expiry").asString()))
			.isEqualTo(this.clock.instant().plus(Duration.ofHours(10)));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_opaque_token WHERE digest = ? OR token_key = ?")
			.params(token, token)
			.query(Long.class)
			.single()).isZero();
		me(token).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("opal"));
	}

	@Test
	void opaqueUserWhenLoggedInThenUserTokenAndExpiry() throws Exception {
		JsonNode answer = login("/api/login/social/opaque_user/");
		assertThat(answer.get("username").asString()).isEqualTo("opal");
		assertThat(answer.get("token").asString()).hasSize(64);
		assertThat(answer.has("expiry")).isTrue();
	}

	@Test
	void tokenWhenExpiredThen401() throws Exception {
		String token = login("/api/login/social/opaque/github/").get("token").asString();
		this.clock.advance(Duration.ofHours(10).minusSeconds(1));
		me(token).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(1));
		me(token).andExpect(status().isUnauthorized());
	}

	@Test
	void logoutWhenTokenThenOnlyThatTokenRevoked() throws Exception {
		String first = login("/api/login/social/opaque/github/").get("token").asString();
		String second = login("/api/login/social/opaque/github/").get("token").asString();
		this.mvc.perform(post("/api/login/logout/").header("Authorization", "Token " + first))
			.andExpect(status().isNoContent());
		me(first).andExpect(status().isUnauthorized());
		me(second).andExpect(status().isOk());
		this.mvc.perform(post("/api/login/logout/").header("Authorization", "Token " + first))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void logoutAllWhenTokenThenEveryTokenOfTheUserRevoked() throws Exception {
		String first = login("/api/login/social/opaque/github/").get("token").asString();
		String second = login("/api/login/social/opaque/github/").get("token").asString();
		this.mvc.perform(post("/api/login/logoutall").header("Authorization", "Token " + second))
			.andExpect(status().isNoContent());
		me(first).andExpect(status().isUnauthorized());
		me(second).andExpect(status().isUnauthorized());
	}

	@Test
	void logoutWhenNoOrUnknownTokenThen401() throws Exception {
		this.mvc.perform(post("/api/login/logout/")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").exists());
		this.mvc.perform(post("/api/login/logoutall/").header("Authorization", "Token " + "f".repeat(64)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void loginWhenLimitReachedThen403AndNoThirdToken() throws Exception {
		login("/api/login/social/opaque/github/");
		login("/api/login/social/opaque/github/");
		this.mvc
			.perform(post("/api/login/social/opaque/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"o\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("Maximum amount of tokens allowed per user exceeded"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_opaque_token").query(Long.class).single()).isEqualTo(2);
	}

	private JsonNode login(String path) throws Exception {
		String body = path.endsWith("/opaque_user/") ? "{\"provider\":\"github\",\"code\":\"o\"}" : "{\"code\":\"o\"}";
		return this.json.readTree(this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions me(String token) throws Exception {
		return this.mvc.perform(get("/api/me").header("Authorization", "Token " + token));
	}

}
