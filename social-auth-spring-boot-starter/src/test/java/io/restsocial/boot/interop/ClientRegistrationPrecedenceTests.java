package io.restsocial.boot.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A {@code rest.social.providers.github} entry wins over a client registration of the same id:
 * the REST login uses the entry's keys.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
class ClientRegistrationPrecedenceTests {

	@RegisterExtension
	static WireMockExtension github = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ClientRegistrationStubs.github(registry, github);
		GitHubStubs.properties(registry, github);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clean() {
		GitHubStubs.deleteAll(this.jdbc);
	}

	@Test
	void loginWhenBothConfigureGitHubThenRestSocialEntrysKeys() throws Exception {
		GitHubStubs.user(github, "code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-1\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
		github.verify(1, postRequestedFor(urlPathEqualTo(GitHubStubs.TOKEN_PATH))
			.withFormParam("client_id", equalTo("gh-client"))
			.withFormParam("client_secret", equalTo("gh-secret")));
		github.verify(0, postRequestedFor(urlPathEqualTo(GitHubStubs.TOKEN_PATH)).withFormParam("client_id",
				equalTo("gh-reg-client")));
	}

}
