package io.restsocial.boot.security;

import io.restsocial.boot.testapp.LoginTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The credentials a login issues, used as a front-end would: the CSRF dance and session cookie,
 * and {@code Authorization: Token} on the application's own endpoint (the test app has no
 * SecurityFilterChain of its own, so the starter's default chain guards it).
 */
class CredentialsTests extends LoginTestSupport {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.facebook.client-id", () -> "fb-client");
		registry.add("rest.social.providers.facebook.client-secret", () -> "fb-secret");
		registry.add("rest.social.providers.facebook.token-uri", () -> github.baseUrl() + "/fb/token");
		registry.add("rest.social.providers.facebook.user-info-uri", () -> github.baseUrl() + "/fb/me");
	}

	@Test
	void sessionLoginWhenNoCsrfTokenThen403AndNoUser() throws Exception {
		github.user("c1", 1, "octocat", "o@example.com", "Octo Cat");
		this.mvc.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"c1\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("CSRF token missing or invalid")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	@Test
	void sessionLoginWhenCsrfCookieAndHeaderThenSessionAuthenticatesAppEndpoint() throws Exception {
		github.user("c2", 2, "octocat", "o@example.com", "Octo Cat");
		MvcResult csrf = this.mvc.perform(get("/api/login/social/csrf/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header").value("X-XSRF-TOKEN"))
			.andExpect(cookie().exists("XSRF-TOKEN"))
			.andReturn();
		String token = this.json.readTree(csrf.getResponse().getContentAsString()).get("token").asString();
		Cookie cookie = csrf.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie.getValue()).isEqualTo(token);

		MvcResult login = this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"c2\"}")
				.cookie(cookie)
				.header("X-XSRF-TOKEN", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		Cookie rotated = login.getResponse().getCookie("XSRF-TOKEN");
		assertThat(rotated).as("the CSRF token is replaced at login").isNotNull();
		assertThat(rotated.getValue()).isNotBlank().isNotEqualTo(token);
		this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"c2\"}")
				.cookie(rotated)
				.header("X-XSRF-TOKEN", token))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
	}

	@Test
	void sessionLoginWhenWrongCsrfHeaderThen403() throws Exception {
		MvcResult csrf = this.mvc.perform(get("/api/login/social/csrf")).andReturn();
		this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"c\"}")
				.cookie(csrf.getResponse().getCookie("XSRF-TOKEN"))
				.header("X-XSRF-TOKEN", "forged"))
			.andExpect(status().isForbidden());
	}

	@Test
	void tokenWhenSentAsAuthorizationTokenThenAppEndpointSeesUser() throws Exception {
		github.user("c3", 3, "hubot", "h@example.com", "Hu Bot");
		String token = loggedIn("/api/login/social/token/github/", "c3").get("token").asString();
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("hubot"));
	}

	@Test
	void appEndpointWhenNoCredentialsThen401ProblemJson() throws Exception {
		this.mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("not provided")));
	}

	@Test
	void appEndpointWhenUnauthenticatedThenNoSessionCreated() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/me")).andExpect(status().isUnauthorized()).andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void appEndpointWhenUnknownTokenThen401() throws Exception {
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + "a".repeat(64)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("Invalid")));
	}

	@Test
	void appEndpointWhenOtherSchemeThenNotAuthenticatedByToken() throws Exception {
		this.mvc.perform(get("/api/me").header("Authorization", "Basic dXNlcjpwYXNz"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void loginWhenCallerAuthenticatedThenSecondProviderLinkedToSameUser() throws Exception {
		github.user("c4", 4, "linker", "l@example.com", "Lin Ker");
		JsonNode first = loggedIn("/api/login/social/token_user/github/", "c4");
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
				com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/fb/token"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock
				.okJson("{\"access_token\":\"EAAfb\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
				com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/fb/me"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
					"{\"id\":\"10150\",\"name\":\"Someone Else\",\"email\":\"else@example.com\"}")));

		this.mvc
			.perform(post("/api/login/social/token_user/facebook/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"fbcode\"}")
				.header("Authorization", "Token " + first.get("token").asString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(first.get("id").asLong()))
			.andExpect(jsonPath("$.username").value("linker"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE user_id = ?")
			.param(first.get("id").asString())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
