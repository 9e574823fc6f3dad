package io.restsocial.boot.web;

import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login endpoints over HTTP, with GitHub's endpoints stubbed by WireMock.
 */
class LoginEndpointsTests extends LoginTestSupport {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.google-oauth2.client-id", () -> "g-client");
		registry.add("rest.social.providers.google-oauth2.client-secret", () -> "g-secret");
		registry.add("rest.social.providers.google-oauth2.token-uri", () -> "http://127.0.0.1:" + closedPort() + "/token");
		registry.add("rest.social.http.read-timeout", () -> "3s");
	}

	@ParameterizedTest
	@ValueSource(strings = { "session", "token", "token_user" })
	void loginWhenProviderInBodyThenUserAndCredentialOfTheKind(String kind) throws Exception {
		github.user("code-1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		var result = this.mvc.perform(json(post("/api/login/social/" + kind + "/"),
				"{\"provider\":\"github\",\"code\":\"code-1\",\"redirect_uri\":\"https://app.example/done\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		if (kind.equals("token")) {
			result.andExpect(jsonPath("$.token").value(matchesPattern("[0-9a-f]{64}")))
				.andExpect(jsonPath("$.username").doesNotExist());
		}
		else {
			result.andExpect(jsonPath("$.id").isNumber())
				.andExpect(jsonPath("$.username").value("octocat"))
				.andExpect(jsonPath("$.email").value("octocat@github.com"))
				.andExpect(jsonPath("$.first_name").value("Mona"))
				.andExpect(jsonPath("$.last_name").value("Lisa Octocat"));
			result.andExpect(kind.equals("session") ? jsonPath("$.token").doesNotExist()
					: jsonPath("$.token").value(matchesPattern("[0-9a-f]{64}")));
		}
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code", equalTo("code-1"))
			.withFormParam("client_id", equalTo("gh-client"))
			.withFormParam("client_secret", equalTo("gh-secret"))
			.withFormParam("redirect_uri", equalTo("https://app.example/done"))
			.withHeader("Accept", equalTo("application/json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/login/social/session/github/", "/api/login/social/session/github",
			"/api/login/social/token/github/", "/api/login/social/token/github",
			"/api/login/social/token_user/github/", "/api/login/social/token_user/github" })
	void loginWhenProviderInPathThenLoggedIn(String path) throws Exception {
		github.user("code-2", 1, "hubot", "hubot@example.com", "Hubot");
		this.mvc.perform(json(post(path), "{\"code\":\"code-2\"}")).andExpect(status().isOk());
		assertThat(count("social_account")).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "session", "token", "token_user" })
	void loginWhenProviderInPathAndBodyThenPathWins(String kind) throws Exception {
		github.user("code-3", 1, "hubot", "hubot@example.com", "Hubot");
		this.mvc.perform(json(post("/api/login/social/" + kind + "/github/"),
				"{\"provider\":\"no-such-provider\",\"code\":\"code-3\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void loginWhenFormEncodedBodyThenLoggedIn() throws Exception {
		github.user("code-4", 4, "formuser", "f@example.com", "Form User");
		this.mvc.perform(post("/api/login/social/token_user/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("provider", "github")
			.param("code", "code-4")
			.param("ignored_field", "x")).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("formuser"));
	}

	@Test
	void loginWhenFirstTimeThenTheAccountKeepsTheProvidersTokenAndTheAnswerIsTheUsersStoredToken() throws Exception {
		github.user("code-51", 51, "newcomer", "n@example.com", "New Comer");
		JsonNode answer = loggedIn("/api/login/social/token/github/", "code-51");
		String userId = this.jdbc.sql("SELECT user_id FROM social_account WHERE provider = 'github' AND uid = '51'")
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("SELECT extra_data FROM social_account WHERE uid = '51'").query(String.class).single())
			.contains("\"access_token\":\"gho_code-51\"");
		assertThat(this.jdbc.sql("SELECT token_key FROM social_token WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.list()).containsExactly(answer.get("token").asString());
	}

	@Test
	void loginWhenSameUserTwiceThenSameStoredToken() throws Exception {
		github.user("code-5", 5, "again", "a@example.com", "A");
		String first = this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"code-5\"}"))
			.andReturn().getResponse().getContentAsString();
		String second = this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"code-5\"}"))
			.andReturn().getResponse().getContentAsString();
		assertThat(second).isEqualTo(first).contains("\"token\"");
	}

	@Test
	void loginWhenNoRedirectUriThenOriginHostWithConfiguredPath() throws Exception {
		github.user("code-6", 6, "o", "", "");
		this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"code-6\"}")
			.header("Origin", "https://spa.example:8443")).andExpect(status().isOk());
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("redirect_uri",
				equalTo("https://spa.example:8443/")));
	}

	@Test
	void loginWhenNoProviderThen400NamingProvider() throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/"), "{\"code\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("Provider is not specified")))
			.andExpect(jsonPath("$.fields[0]").value("provider"));
	}

	@Test
	void loginWhenEmptyBodyThen400() throws Exception {
		this.mvc.perform(post("/api/login/social/token/")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("provider"));
	}

	@Test
	void loginWhenUnknownProviderThen404() throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/"), "{\"provider\":\"myspace\",\"code\":\"x\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("myspace")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"provider\":\"github\"}", "{\"provider\":\"github\",\"code\":\"  \"}",
			"{\"provider\":\"github\",\"code\":null}" })
	void loginWhenCodeMissingOrBlankThen400NamingCode(String body) throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/"), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("code"));
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenCodeNotAStringThen400NamingCode() throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/"), "{\"provider\":\"github\",\"code\":{\"a\":1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("code"));
	}

	@Test
	void loginWhenMalformedJsonThen400() throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/"), "{\"provider\":\"github\","))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("not valid JSON")));
	}

	@Test
	void loginWhenProviderRefusesWith4xxThen400WithoutProviderText() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"secret-ish detail\"}")));
		this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"bad\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("refused")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret-ish detail"))));
		assertThat(count("social_user")).isZero();
	}

	@Test
	void loginWhenProviderAnswersErrorIn200Then400() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(okJson("{\"error\":\"bad_verification_code\","
				+ "\"error_description\":\"The code passed is incorrect or expired.\","
				+ "\"error_uri\":\"https://docs.github.com/apps/troubleshooting\"}")));
		this.mvc.perform(json(post("/api/login/social/session/github/"), "{\"code\":\"expired\"}").with(csrf().asHeader()))
			.andExpect(status().isBadRequest());
		assertThat(count("social_user")).isZero();
	}

	@Test
	void loginWhenProviderFailsWith5xxThen502() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(aResponse().withStatus(503).withBody("unicorn")));
		this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"c\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.error").exists());
	}

	@Test
	void loginWhenProviderSlowerThanReadTimeoutThen504() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(okJson("{\"access_token\":\"x\"}").withFixedDelay(8000)));
		this.mvc.perform(json(post("/api/login/social/token/github/"), "{\"code\":\"c\"}"))
			.andExpect(status().isGatewayTimeout())
			.andExpect(jsonPath("$.error").value(containsString("did not answer in time")));
	}

	@Test
	void loginWhenProviderUnreachableThen502() throws Exception {
		this.mvc.perform(json(post("/api/login/social/token/google-oauth2/"), "{\"code\":\"c\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.error").value(containsString("could not be reached")));
	}

	@Test
	void loginWhenUserInfoFailsAfterTokenThenNothingWritten() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(okJson("{\"access_token\":\"gho_z\",\"token_type\":\"bearer\"}")));
		github.stubFor(WireMock.get("/user")
			.willReturn(aResponse().withStatus(500)));
		this.mvc.perform(json(post("/api/login/social/token_user/github/"), "{\"code\":\"c\"}"))
			.andExpect(status().isBadGateway());
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
		assertThat(count("social_token")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/login/social/session/", "/api/login/social/token/github/",
			"/api/login/social/token_user" })
	void loginWhenGetThen405(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "POST"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").exists());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf().asHeader());
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
