package io.restsocial.boot.credential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.boot.security.Browser;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application's own credential kind: one {@link CredentialIssuer} bean, and nothing else,
 * serves {@code social/api-key/} and {@code social/api-key-user/}, in the login's transaction,
 * protected like the starter's own endpoints (CSRF for a caller known by its session cookie, the
 * state bound to the browser, the request limits). Over HTTP, with GitHub stubbed by WireMock.
 */
@SpringBootTest(classes = { TestApp.class, AppCredentialIssuerTests.ApiKeyConfiguration.class },
		properties = { "rest.social.limits.max-body-size=8KB",
				"rest.social.state.secret=a-state-secret-of-32-bytes-at-least!!" })
class AppCredentialIssuerTests extends LoginTestSupport {

	private static final long ATTACKER_GITHUB_ID = 666;

	@BeforeEach
	void clean() {
		github.user("octo", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		github.user("banned", 13, "banned", "banned@example.com", "Ban Ned");
		github.user("victim", 1, "victim", "victim@example.com", "Vic Tim");
		github.user("attacker", ATTACKER_GITHUB_ID, "mallory", "m@evil.example", "Mal Lory");
	}

	@Test
	void loginAtTheAppsEndpointThenWhatItsIssuerIssuesAndNoUser() throws Exception {
		String body = this.mvc
			.perform(post("/api/login/social/api-key/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"octo\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.username").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.jdbc.sql("SELECT user_id FROM social_account WHERE uid = '583231'").query(Long.class).single();
		assertThat(this.json.readTree(body).get("api_key").asString()).isEqualTo("ak-" + id + "-plain");
	}

	@Test
	void loginAtTheAppsUserEndpointWithProviderInBodyThenTheUserAndWhatItsIssuerIssues() throws Exception {
		this.mvc
			.perform(post("/api/login/social/api-key-user").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("provider", "github")
				.param("code", "octo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andExpect(jsonPath("$.first_name").value("Mona"))
			.andExpect(jsonPath("$.api_key").value(containsString("-with-user")));
	}

	@Test
	void loginWhenTheAppsIssuerFailsThenItsProblemAndNoUserNorAccountWritten() throws Exception {
		this.mvc
			.perform(post("/api/login/social/api-key/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"banned\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value("No API key for a banned user"));
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
	}

	@Test
	void getOnTheAppsEndpointThen405() throws Exception {
		this.mvc.perform(get("/api/login/social/api-key/github/"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void loginWhenBodyOverTheLimitAtTheAppsEndpointThen413AndProviderNotCalled() throws Exception {
		this.mvc
			.perform(post("/api/login/social/api-key/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"octo\",\"pad\":\"" + "x".repeat(9 * 1024) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		github.verify(0, anyRequestedFor(anyUrl()));
		assertThat(count("social_user")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "api-key", "api-key-user" })
	void loginWhenCrossSitePostWithVictimsSessionCookieAtTheAppsEndpointThen403AndNothingLinked(String endpoint)
			throws Exception {
		Browser victim = Browser.loginBySession(this.mvc, "victim");
		this.mvc
			.perform(victim.crossSite(post("/api/login/social/" + endpoint + "/github/"))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("code", "attacker"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("CSRF token")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE uid = ?")
			.param(String.valueOf(ATTACKER_GITHUB_ID))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void loginWhenSessionCallerSendsItsCsrfTokenAtTheAppsEndpointThenAccountLinkedToIt() throws Exception {
		Browser victim = Browser.loginBySession(this.mvc, "victim");
		github.user("second", 2, "victim-work", "work@example.com", "Vic Tim");
		this.mvc
			.perform(victim.sameSite(post("/api/login/social/api-key-user/github/"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"second\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(victim.userId()));
	}

	@Test
	void loginWhenBoundStateWithoutItsCookieAtTheAppsEndpointThen400AndWithItThenLoggedIn() throws Exception {
		MockHttpServletResponse issued = this.mvc
			.perform(post("/api/login/social/state/github/").header("Origin", "https://app.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Cookie cookie = issued.getCookie("SOCIAL_STATE");
		assertThat(cookie).isNotNull();
		String state = this.json.readTree(issued.getContentAsString()).get("state").asString();
		this.mvc
			.perform(post("/api/login/social/api-key/github/").header("Origin", "https://app.example")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"octo\",\"state\":\"" + state + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString("bound to the browser")));
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
		String answer = this.mvc
			.perform(post("/api/login/social/api-key/github/").header("Origin", "https://app.example")
				.cookie(cookie)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"octo\",\"state\":\"" + state + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode key = this.json.readTree(answer).get("api_key");
		assertThat(key.asString()).startsWith("ak-");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ApiKeyConfiguration {

		@Bean
		ApiKeyCredentialIssuer apiKeyCredentialIssuer() {
			return new ApiKeyCredentialIssuer();
		}

	}

	/**
	 * An application's credential kind: an API key derived from the user id (a real one would
	 * store a random key), refused to banned users.
	 */
	static class ApiKeyCredentialIssuer implements CredentialIssuer {

		@Override
		public String kind() {
			return "api-key";
		}

		@Override
		public List<CredentialEndpoint> endpoints() {
			return List.of(CredentialEndpoint.of("api-key"), CredentialEndpoint.withUser("api-key-user"));
		}

		@Override
		public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
				HttpServletResponse response) {
			if ("banned".equals(user.username())) {
				throw new AuthForbiddenException("No API key for a banned user");
			}
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("api_key", "ak-" + user.idAsString() + (withUser ? "-with-user" : "-plain"));
			return answer;
		}

	}

}
