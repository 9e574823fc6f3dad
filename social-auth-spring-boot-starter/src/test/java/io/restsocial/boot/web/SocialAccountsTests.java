package io.restsocial.boot.web;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Listing and disconnecting the caller's linked accounts.
 */
class SocialAccountsTests extends LoginTestSupport {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.facebook.client-id", () -> "fb");
		registry.add("rest.social.providers.facebook.client-secret", () -> "fb-secret");
		registry.add("rest.social.providers.facebook.token-uri", () -> github.baseUrl() + "/fb/token");
		registry.add("rest.social.providers.facebook.user-info-uri", () -> github.baseUrl() + "/fb/me");
	}

	private String token;

	@BeforeEach
	void loginWithGitHub() throws Exception {
		github.user("a", 41, "acct", "acct@example.com", "Ac Count");
		this.token = loggedIn("/api/login/social/token/github/", "a").get("token").asString();
	}

	@Test
	void accountsWhenAnonymousThen401() throws Exception {
		this.mvc.perform(get("/api/login/social/accounts/")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("log in first")));
	}

	@Test
	void accountsWhenLoggedInThenTheirAccountsWithoutTokens() throws Exception {
		String body = this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].provider").value("github"))
			.andExpect(jsonPath("$[0].uid").value("41"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("gho_").doesNotContain("access_token");
	}

	@Test
	void disconnectWhenTwoAccountsThenOneGoesAndTheLastStays() throws Exception {
		linkFacebook();
		JsonNode accounts = accounts();
		assertThat(accounts).hasSize(2);
		long githubId = accounts.get(0).get("id").asLong();
		long facebookId = accounts.get(1).get("id").asLong();
		this.mvc.perform(delete("/api/login/social/accounts/github/" + githubId + "/")
			.header("Authorization", "Token " + this.token)).andExpect(status().isNoContent());
		assertThat(accounts()).hasSize(1);
		this.mvc.perform(delete("/api/login/social/accounts/facebook/" + facebookId + "/")
			.header("Authorization", "Token " + this.token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("only way this user logs in")));
		assertThat(accounts()).hasSize(1);
	}

	@Test
	void disconnectWhenNotTheCallersAccountThen404() throws Exception {
		long githubId = accounts().get(0).get("id").asLong();
		this.mvc.perform(delete("/api/login/social/accounts/facebook/" + githubId + "/")
			.header("Authorization", "Token " + this.token)).andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/login/social/accounts/github/" + (githubId + 1000) + "/")
			.header("Authorization", "Token " + this.token)).andExpect(status().isNotFound());
	}

	@Test
	void disconnectWhenBySessionCookieThenCsrfRequired() throws Exception {
		linkFacebook();
		long githubId = accounts().get(0).get("id").asLong();
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"a\"}")
				.with(csrf().asHeader()))
			.andExpect(status().isOk())
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(delete("/api/login/social/accounts/github/" + githubId + "/").session(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/login/social/accounts/github/" + githubId + "/").session(session).with(csrf().asHeader()))
			.andExpect(status().isNoContent());
	}

	private void linkFacebook() throws Exception {
		github.stubFor(WireMock.get(urlPathEqualTo("/fb/token"))
			.willReturn(okJson("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		github.stubFor(WireMock.get(urlPathEqualTo("/fb/me"))
			.willReturn(okJson("{\"id\":\"10150\",\"name\":\"Ac Count\",\"email\":\"acct@example.com\"}")));
		this.mvc.perform(post("/api/login/social/token/facebook/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"f\"}")
			.header("Authorization", "Token " + this.token)).andExpect(status().isOk());
	}

	private JsonNode accounts() throws Exception {
		return this.json.readTree(this.mvc
			.perform(get("/api/login/social/accounts").header("Authorization", "Token " + this.token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
