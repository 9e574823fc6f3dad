package io.restsocial.boot.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application with client registrations and no filter chain of its own keeps the browser
 * login Boot's default chain gave it ({@code /oauth2/authorization/<id>} goes to the provider)
 * under the starter's default chain, whose API answers are unchanged: REST logins, and a 401
 * problem for an anonymous API call.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
class ClientRegistrationDefaultChainTests {

	@RegisterExtension
	static WireMockExtension github = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ClientRegistrationStubs.github(registry, github);
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
	void oauth2AuthorizationWhenNoAppChainThenRedirectsToTheProviderWithTheClientId() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/github"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location",
					allOf(startsWith(github.baseUrl() + "/login/oauth/authorize?"),
							containsString("client_id=gh-reg-client"), containsString("response_type=code"),
							containsString("state="))));
	}

	@Test
	void restLoginWhenNoAppChainThenItsTokenAuthenticatesTheAppsEndpoints() throws Exception {
		GitHubStubs.user(github, "code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		String body = this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-1\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonMapper.builder().build().readTree(body).get("token").asString();
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
	}

	@Test
	void anonymousApiCallWhenNoAppChainThen401Problem() throws Exception {
		this.mvc.perform(get("/api/me").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").exists());
	}

	@Test
	void appPostWithoutCsrfTokenWhenNoAppChainThen403() throws Exception {
		// oauth2Login() leaves the chain's CSRF protection as it was (without it, this would be a 401).
		this.mvc.perform(post("/api/notes")).andExpect(status().isForbidden());
	}

}
