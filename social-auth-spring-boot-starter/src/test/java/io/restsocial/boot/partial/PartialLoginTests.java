package io.restsocial.boot.partial;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.pipeline.PipelineSettings;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.RequireEmailStep;
import io.restsocial.core.pipeline.SocialDetailsStep;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pipeline that asks for an email the provider did not give: the login answers 202 with a
 * partial token, and {@code social/complete/} finishes it as the original endpoint would.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
@Import(PartialLoginTests.RequireEmailPipeline.class)
class PartialLoginTests {

	@RegisterExtension
	static WireMockExtension github = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		GitHubStubs.properties(registry, github);
	}

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clean() {
		GitHubStubs.deleteAll(this.jdbc);
		GitHubStubs.user(github, "p", 51, "private", "", "Pri Vate");
		github.stubFor(get("/user/emails").willReturn(okJson("[]")));
	}

	@Test
	void loginWhenProviderGivesNoEmailThen202AndCompletionAnswersLikeTheEndpoint() throws Exception {
		JsonNode paused = read(login("/api/login/social/token_user/github/").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.fields[0]").value("email")));
		assertThat(count()).isZero();

		JsonNode again = read(complete(paused, "nope").andExpect(status().isAccepted()));
		assertThat(again.get("message").asString()).contains("not an email address");

		complete(again, "private@example.com").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("private"))
			.andExpect(jsonPath("$.email").value("private@example.com"))
			.andExpect(jsonPath("$.token").exists());
		assertThat(count()).isOne();
		complete(again, "private@example.com").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("partial_token"));
	}

	@Test
	void completeWhenNoTokenThen400() throws Exception {
		this.mvc.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"a@b.c\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("partial_token"));
	}

	@Test
	void completeWhenPausedAtTheSessionEndpointThenSessionStarted() throws Exception {
		JsonNode paused = read(this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"p\"}")
				.with(csrf()))
			.andExpect(status().isAccepted()));
		var result = complete(paused, "s@example.com").andExpect(status().isOk())
			.andExpect(jsonPath("$.token").doesNotExist())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNotNull();
	}

	private ResultActions login(String path) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"p\"}"));
	}

	private ResultActions complete(JsonNode paused, String email) throws Exception {
		return this.mvc.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"partial_token\":\"" + paused.get("partial_token").asString() + "\",\"email\":\"" + email + "\"}"));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RequireEmailPipeline {

		@Bean
		Pipeline pipeline(UserService users, SocialAccountRepository accounts) {
			return Pipeline.builder(Pipeline.defaults(users, accounts, PipelineSettings.defaults()))
				.addAfter(SocialDetailsStep.class, new RequireEmailStep())
				.build();
		}

	}

}
