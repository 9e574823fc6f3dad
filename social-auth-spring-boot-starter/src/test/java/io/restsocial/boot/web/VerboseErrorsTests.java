package io.restsocial.boot.web;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With verbose errors the provider's own message reaches the caller; with logging off, failed
 * logins are not logged. Logging at DEBUG of everything never shows the code, secret or tokens.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.verbose-errors=true", "rest.social.log-auth-exceptions=false",
				"logging.level.org.springframework=DEBUG", "logging.level.io.restsocial=DEBUG" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class VerboseErrorsTests {

	@RegisterExtension
	static FakeGitHub github = FakeGitHub.shared();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.github.client-id", () -> "gh-client");
		registry.add("rest.social.providers.github.client-secret", () -> "gh-secret-value-0123");
		registry.add("rest.social.providers.github.token-uri", () -> github.baseUrl() + FakeGitHub.TOKEN_PATH);
		registry.add("rest.social.providers.github.user-info-uri", () -> github.baseUrl() + "/user");
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void loginWhenProviderRefusesThenItsMessageShownAndNotLogged(CapturedOutput output) throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).willReturn(okJson("{\"error\":\"bad_verification_code\","
				+ "\"error_description\":\"The code passed is incorrect or expired.\"}")));
		this.mvc
			.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-value-4567\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("The code passed is incorrect or expired.")));
		assertThat(output).doesNotContain("Social login failed").doesNotContain("code-value-4567");
	}

	@Test
	void loginWhenProviderResetsTheConnectionThenTheUrlCalledIsShown() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(WireMock.aResponse()
				.withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
		this.mvc
			.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-value-reset\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.error").value(containsString(github.baseUrl() + FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenSuccessfulAtDebugThenNoSecretCodeOrTokenInLogs(CapturedOutput output) throws Exception {
		github.user("code-value-8901", 7, "quiet", "q@example.com", "Qui Et");
		String body = this.mvc
			.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-value-8901\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*\"token\":\"([0-9a-f]+)\".*", "$1");
		assertThat(token).hasSize(64);
		assertThat(output).contains("DEBUG")
			.doesNotContain("code-value-8901")
			.doesNotContain("gh-secret-value-0123")
			.doesNotContain("gho_code-value-8901")
			.doesNotContain(token);
	}

	@Test
	void jwtAndOpaqueLoginsAndTheirUseAtDebugThenNoTokenInLogs(CapturedOutput output) throws Exception {
		github.user("code-value-2345", 8, "quieter", "q2@example.com", "Qui Eter");
		java.util.List<String> tokens = new java.util.ArrayList<>();
		for (String kind : new String[] { "jwt-pair-user", "jwt-sliding", "opaque_user" }) {
			String body = this.mvc
				.perform(post("/api/login/social/" + kind + "/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"code-value-2345\"}"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			tools.jackson.databind.JsonNode answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
			tokens.add(answer.get("token").asString());
			if (answer.has("refresh")) {
				tokens.add(answer.get("refresh").asString());
			}
		}
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/me")
			.header("Authorization", "Bearer " + tokens.get(0))).andExpect(status().isOk());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/me")
			.header("Authorization", "Token " + tokens.get(3))).andExpect(status().isOk());
		this.mvc.perform(post("/api/login/token/refresh/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"refresh\":\"" + tokens.get(1) + "\"}")).andExpect(status().isOk());
		assertThat(tokens).hasSize(4);
		assertThat(output).contains("DEBUG");
		for (String token : tokens) {
			assertThat(output).doesNotContain(token);
		}
	}

}
