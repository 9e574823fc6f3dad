package io.restsocial.boot.interop;

import io.restsocial.boot.testapp.FakeGitHub;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
class ClientRegistrationPrecedenceTests extends ClientRegistrationTestSupport {

	@DynamicPropertySource
	static void restSocialGitHub(DynamicPropertyRegistry registry) {
		github.properties(registry);
	}

	@Test
	void loginWhenBothConfigureGitHubThenRestSocialEntrysKeys() throws Exception {
		github.user("code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-1\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
		github.verify(1, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH))
			.withFormParam("client_id", equalTo("gh-client"))
			.withFormParam("client_secret", equalTo("gh-secret")));
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("client_id",
				equalTo("gh-reg-client")));
	}

}
