package io.restsocial.boot.state;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.core.state.Pkce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code rest.social.state.required=true}: states from the state endpoint, single use, bound
 * to their provider; and server-side PKCE, whose verifier reaches the token endpoint.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.state.required=true", "rest.social.providers.github.pkce=true",
				"rest.social.providers.facebook.client-id=fb", "rest.social.state.secret=a-state-secret-of-32-bytes-at-least!!" })
class StateLoginTests extends LoginTestSupport {

	@BeforeEach
	void clean() {
		github.user("s", 31, "stately", "s@example.com", "Sta Tely");
	}

	@Test
	void stateEndpointWhenPkceProviderThenStateChallengeAndNoNonce() throws Exception {
		JsonNode state = state("github");
		assertThat(state.get("state").asString()).isNotBlank();
		assertThat(state.get("code_challenge").asString()).hasSize(43);
		assertThat(state.get("code_challenge_method").asString()).isEqualTo("S256");
		assertThat(state.has("nonce")).isFalse();
		assertThat(state.get("expires_at").asString()).isNotBlank();
		assertThat(state("facebook").has("code_challenge")).isFalse();
	}

	@Test
	void loginWhenValidStateThenLoggedInAndStoredVerifierSentWithTheCode() throws Exception {
		JsonNode state = state("github");
		login("{\"code\":\"s\",\"state\":\"" + state.get("state").asString() + "\"}").andExpect(status().isOk());
		LoggedRequest exchange = github.findAll(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH))).get(0);
		String verifier = java.net.URLDecoder.decode(
				exchange.getBodyAsString().replaceAll(".*code_verifier=([^&]+).*", "$1"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(Pkce.isValidVerifier(verifier)).isTrue();
		assertThat(Pkce.s256(verifier)).isEqualTo(state.get("code_challenge").asString());
	}

	@Test
	void loginWhenNoStateThen400NamingState() throws Exception {
		login("{\"code\":\"s\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString("'state' is required")));
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenStateReusedThen400() throws Exception {
		String state = state("github").get("state").asString();
		login("{\"code\":\"s\",\"state\":\"" + state + "\"}").andExpect(status().isOk());
		login("{\"code\":\"s\",\"state\":\"" + state + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("already used")));
	}

	@Test
	void loginWhenStateOfAnotherProviderThen400() throws Exception {
		String state = state("facebook").get("state").asString();
		login("{\"code\":\"s\",\"state\":\"" + state + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("another provider")));
	}

	@Test
	void loginWhenStateTamperedThen400() throws Exception {
		String state = state("github").get("state").asString();
		String tampered = state.substring(0, state.length() - 3) + (state.endsWith("abc") ? "xyz" : "abc");
		login("{\"code\":\"s\",\"state\":\"" + tampered + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"));
	}

	@Test
	void stateEndpointWhenUnknownProviderThen404() throws Exception {
		this.mvc.perform(post("/api/login/social/state/myspace/")).andExpect(status().isNotFound());
	}

	private JsonNode state(String provider) throws Exception {
		return this.json.readTree(this.mvc.perform(post("/api/login/social/state/" + provider + "/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions login(String body) throws Exception {
		return this.mvc.perform(
				post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
