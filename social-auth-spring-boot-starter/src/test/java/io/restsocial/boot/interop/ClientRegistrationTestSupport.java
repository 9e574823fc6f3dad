package io.restsocial.boot.interop;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The base of a client registration test: the {@link TestApp} with MockMvc and Boot's
 * {@code spring.security.oauth2.client} registration {@code github} (keys, and GitHub's endpoints
 * at the {@link FakeGitHub}), with no {@code rest.social.providers} entry, as
 * {@code LoginTestSupport} would add; the rest-social-auth tables are emptied before each test. A
 * subclass that configures nothing of its own shares one application context with the others.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
abstract class ClientRegistrationTestSupport {

	/** The fake GitHub. */
	@RegisterExtension
	static final FakeGitHub github = FakeGitHub.shared();

	/** The application. */
	@Autowired
	protected MockMvc mvc;

	/** The application's database. */
	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void githubRegistration(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.registration.github.client-id", () -> "gh-reg-client");
		registry.add("spring.security.oauth2.client.registration.github.client-secret", () -> "gh-reg-secret");
		registry.add("spring.security.oauth2.client.provider.github.authorization-uri",
				() -> github.baseUrl() + "/login/oauth/authorize");
		registry.add("spring.security.oauth2.client.provider.github.token-uri",
				() -> github.baseUrl() + FakeGitHub.TOKEN_PATH);
		registry.add("spring.security.oauth2.client.provider.github.user-info-uri", () -> github.baseUrl() + "/user");
	}

	@BeforeEach
	void emptyTables() {
		GitHubStubs.deleteAll(this.jdbc);
	}

	/**
	 * Log octocat in over REST with GitHub, which must answer 200 with octocat's username.
	 * @return the answer's token
	 * @throws Exception when the request fails or the login is refused
	 */
	protected String octocatToken() throws Exception {
		github.user("code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		String body = this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-1\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("token").asString();
	}

}
