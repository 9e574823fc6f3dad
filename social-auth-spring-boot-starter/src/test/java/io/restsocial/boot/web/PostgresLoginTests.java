package io.restsocial.boot.web;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The starter on a real PostgreSQL ({@code .ci/postgres.sh}): the schema is created by
 * {@code rest.social.jdbc.initialize-schema=always}, and a login writes and reads it.
 */
@SpringBootTest(classes = TestApp.class, properties = "rest.social.jdbc.initialize-schema=always")
@EnabledIfEnvironmentVariable(named = "SOCIAL_AUTH_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresLoginTests extends LoginTestSupport {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("SOCIAL_AUTH_PG_URL"));
	}

	@Test
	void loginWhenPostgresThenUserAccountAndTokenStoredAndTokenAuthenticates() throws Exception {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		github.user("pg-code", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		String body = this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"pg-code\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonMapper.builder().build().readTree(body).get("token").asString();
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'github'").query(String.class).single())
			.isEqualTo("583231");
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
	}

	@Test
	void loginWhenUserInfoFailsThenNothingWrittenInPostgres() throws Exception {
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"access_token\":\"gho_pg\"}")));
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/user")
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
		this.mvc.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"c\"}")).andExpect(status().isBadGateway());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

}
