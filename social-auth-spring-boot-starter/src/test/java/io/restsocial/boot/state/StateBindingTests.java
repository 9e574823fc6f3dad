package io.restsocial.boot.state;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.core.MutableClock;
import io.restsocial.core.state.Pkce;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * States bound to the browser that asked for them, attacked over HTTP: a state presented
 * without its cookie, with another browser's, or unbound from a browser (login CSRF) is refused
 * before the provider is called; a native app (no {@code Origin}, no {@code Sec-Fetch-Site})
 * keeps working with unbound states; issuing states writes no row; and a code stolen with its
 * state cannot be redeemed elsewhere, since only the state's own browser gets the server-kept
 * PKCE verifier sent with it.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.state.required=true", "rest.social.providers.github.pkce=true",
				"rest.social.providers.facebook.client-id=fb",
				"rest.social.state.secret=a-state-secret-of-32-bytes-at-least!!" })
@Import(TestClockConfiguration.class)
class StateBindingTests extends LoginTestSupport {

	private static final String SPA = "https://app.example";

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void clean() {
		github.user("b", 41, "bound", "b@example.com", "Bou Nd");
	}

	@Test
	void stateEndpointWhenBrowserAsksThenHttpOnlyLaxCookieScopedToTheSocialEndpoints() throws Exception {
		Issued issued = stateFromBrowser("github", null, false);
		assertThat(issued.setCookie()).startsWith("SOCIAL_STATE=")
			.contains("Path=/api/login/social/", "HttpOnly", "SameSite=Lax", "Max-Age=600")
			.doesNotContain("Secure");
		assertThat(issued.state()).doesNotContain(issued.cookie().getValue());
		assertThat(stateFromBrowser("github", null, true).setCookie()).as("https").contains("Secure");
	}

	@Test
	void loginWhenSpaSendsItsStateWithItsCookieThenLoggedInAndTheCookieCleared() throws Exception {
		Issued issued = stateFromBrowser("github", null, false);
		MockHttpServletResponse response = login(fromBrowser(issued.cookie()), "b", issued.state())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("bound"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Set-Cookie")).startsWith("SOCIAL_STATE=;").contains("Max-Age=0");
		assertThat(count("social_state")).as("the used state is remembered").isOne();
	}

	@Test
	void loginWhenTwoTabsAskForStatesThenBothAreBoundToTheOneBrowserCookie() throws Exception {
		Issued first = stateFromBrowser("github", null, false);
		Issued second = stateFromBrowser("github", first.cookie(), false);
		assertThat(second.cookie().getValue()).isEqualTo(first.cookie().getValue());
		login(fromBrowser(first.cookie()), "b", second.state()).andExpect(status().isOk());
	}

	@Test
	void loginWhenBoundStateWithoutItsCookieThen400NamingStateAndProviderNotCalled() throws Exception {
		Issued issued = stateFromBrowser("github", null, false);
		refused(login(fromBrowser(null), "b", issued.state()), "bound to the browser");
		refused(login(fromNativeApp(), "b", issued.state()), "bound to the browser");
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenBoundStateWithAnotherBrowsersCookieThen400() throws Exception {
		Issued victim = stateFromBrowser("github", null, false);
		Issued attacker = stateFromBrowser("github", null, false);
		assertThat(attacker.cookie().getValue()).isNotEqualTo(victim.cookie().getValue());
		refused(login(fromBrowser(attacker.cookie()), "b", victim.state()), "bound to the browser");
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenUnboundStateMintedByScriptIsPresentedByABrowserThen400() throws Exception {
		// Login CSRF: the attacker mints a state with curl and plants it, with their code, in the
		// victim's browser.
		String planted = stateFromNativeApp("github").get("state").asString();
		refused(login(fromBrowser(null), "b", planted), "not bound to this browser");
		refused(login(post("/api/login/social/token_user/github/").header("Sec-Fetch-Site", "cross-site"), "b",
				planted), "not bound to this browser");
		assertThat(count("social_user")).isZero();
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenNativeAppSendsAnUnboundStateThenLoggedInWithoutCookies() throws Exception {
		MockHttpServletResponse issued = this.mvc.perform(post("/api/login/social/state/github/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(issued.getHeader("Set-Cookie")).isNull();
		String state = this.json.readTree(issued.getContentAsString()).get("state").asString();
		login(fromNativeApp(), "b", state).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("bound"));
		refused(login(fromNativeApp(), "b", state), "already used");
	}

	@Test
	void loginWhenBoundStateReplayedFromItsOwnBrowserThen400() throws Exception {
		Issued issued = stateFromBrowser("github", null, false);
		login(fromBrowser(issued.cookie()), "b", issued.state()).andExpect(status().isOk());
		refused(login(fromBrowser(issued.cookie()), "b", issued.state()), "already used");
		github.verify(1, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenBoundStateOfAnotherProviderOrTamperedThen400() throws Exception {
		Issued facebook = stateFromBrowser("facebook", null, false);
		refused(login(fromBrowser(facebook.cookie()), "b", facebook.state()), "another provider");
		Issued github = stateFromBrowser("github", null, false);
		String[] parts = github.state().split("\\.");
		// Another character than the signature's own, so that the signature always changes.
		char other = (parts[2].charAt(10) == 'x') ? 'y' : 'x';
		String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + other + parts[2].substring(11);
		refused(login(fromBrowser(github.cookie()), "b", tampered), "not a state this server issued");
	}

	@Test
	void loginWhenBoundStateExpiredThen400() throws Exception {
		Issued issued = stateFromBrowser("github", null, false);
		this.clock.advance(Duration.ofMinutes(10));
		try {
			refused(login(fromBrowser(issued.cookie()), "b", issued.state()), "expired");
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-10));
		}
	}

	@Test
	void stateEndpointWhenCalled2000TimesThenNoRowIsWritten() throws Exception {
		for (int i = 0; i < 1000; i++) {
			this.mvc.perform(post("/api/login/social/state/github/")).andExpect(status().isOk());
			this.mvc.perform(post("/api/login/social/state/github/").header("Origin", SPA)).andExpect(status().isOk());
		}
		assertThat(count("social_state")).isZero();
	}

	@Test
	void loginWhenCodeStolenWithItsStateThenOnlyTheVictimsBrowserGetsItsVerifierSent() throws Exception {
		Issued victim = stateFromBrowser("github", null, false);
		String challenge = victim.body().get("code_challenge").asString();
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).withFormParam("code", equalTo("stolen"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"code_verifier does not match\"}")));

		// With the victim's state: refused from the attacker's browser, and from a script, even
		// with a verifier of the attacker's own; the provider is not even asked.
		Issued attacker = stateFromBrowser("github", null, false);
		refused(login(fromBrowser(attacker.cookie()), "stolen", victim.state()), "bound to the browser");
		refused(this.mvc.perform(fromNativeApp().contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"stolen\",\"state\":\"" + victim.state() + "\",\"code_verifier\":\""
					+ Pkce.newVerifier() + "\"}")), "bound to the browser");
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));

		// With the attacker's own state: the verifier sent is the attacker's state's, which does not
		// match the challenge the code was issued for, so a provider checking PKCE refuses the code.
		login(fromBrowser(attacker.cookie()), "stolen", attacker.state()).andExpect(status().isBadRequest());
		assertThat(Pkce.s256(sentVerifier("stolen"))).isNotEqualTo(challenge);

		// Only the victim's browser gets the verifier that matches.
		login(fromBrowser(victim.cookie()), "b", victim.state()).andExpect(status().isOk());
		assertThat(Pkce.s256(sentVerifier("b"))).isEqualTo(challenge);
	}

	private String sentVerifier(String code) {
		List<LoggedRequest> requests = github.findAll(
				postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code", equalTo(code)));
		assertThat(requests).hasSize(1);
		return URLDecoder.decode(requests.get(0).getBodyAsString().replaceAll(".*code_verifier=([^&]+).*", "$1"),
				StandardCharsets.UTF_8);
	}

	private Issued stateFromBrowser(String provider, Cookie cookie, boolean https) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/login/social/state/" + provider + "/").header("Origin", SPA)
			.header("Sec-Fetch-Site", "cross-site")
			.secure(https);
		if (cookie != null) {
			request.cookie(cookie);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		JsonNode body = this.json.readTree(response.getContentAsString());
		return new Issued(body, response.getHeader("Set-Cookie"), response.getCookie("SOCIAL_STATE"));
	}

	private JsonNode stateFromNativeApp(String provider) throws Exception {
		return this.json.readTree(this.mvc.perform(post("/api/login/social/state/" + provider + "/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder fromBrowser(Cookie cookie) {
		MockHttpServletRequestBuilder request = post("/api/login/social/token_user/github/").header("Origin", SPA);
		return (cookie != null) ? request.cookie(cookie) : request;
	}

	private static MockHttpServletRequestBuilder fromNativeApp() {
		return post("/api/login/social/token_user/github/");
	}

	private ResultActions login(MockHttpServletRequestBuilder request, String code, String state) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"state\":\"" + state + "\"}"));
	}

	private static void refused(ResultActions result, String reason) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString(reason)));
	}

	private record Issued(JsonNode body, String setCookie, Cookie cookie) {

		String state() {
			return this.body.get("state").asString();
		}

	}

}
