package io.restsocial.boot.interop;

import io.restsocial.boot.testapp.FakeGitHub;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application configured only with Boot's {@code spring.security.oauth2.client} registration
 * {@code github} (keys, and provider URIs at a GitHub stub) logs in over REST with GitHub's
 * mapping, with no {@code rest.social.providers} entry.
 */
class ClientRegistrationGitHubLoginTests extends ClientRegistrationTestSupport {

	@Test
	void loginWhenOnlyClientRegistrationThenGitHubsMapping() throws Exception {
		github.user("code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-1\",\"redirect_uri\":\"https://app.example/done\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andExpect(jsonPath("$.email").value("octocat@github.com"))
			.andExpect(jsonPath("$.first_name").value("Mona"))
			.andExpect(jsonPath("$.last_name").value("Lisa Octocat"))
			.andExpect(jsonPath("$.token").value(matchesPattern("[0-9a-f]{64}")));
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'github'")
			.query(String.class)
			.single()).isEqualTo("583231");
		// The registration's keys, sent as GitHub's definition sends them.
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code", equalTo("code-1"))
			.withFormParam("client_id", equalTo("gh-reg-client"))
			.withFormParam("client_secret", equalTo("gh-reg-secret"))
			.withFormParam("redirect_uri", equalTo("https://app.example/done")));
	}

	@Test
	void loginWhenProviderRefusesTheCodeThen400AndNoUser() throws Exception {
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"unknown-code\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("github")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH))
			.withFormParam("code", equalTo("unknown-code"))
			.withFormParam("client_id", equalTo("gh-reg-client")));
	}

}
