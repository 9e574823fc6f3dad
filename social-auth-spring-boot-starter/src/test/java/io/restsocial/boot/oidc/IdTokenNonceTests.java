package io.restsocial.boot.oidc;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.MutableClock;
import io.restsocial.core.oidc.OidcTestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code rest.social.state.require-id-token-nonce=true}, attacked over HTTP by a native app's
 * {@code id_token} login: an ID token without a state, without a nonce, or with a nonce this
 * server did not issue (one of another state, or of another app) is refused, and so is a replay
 * of a state; an ID token carrying the nonce of the state sent with it logs in.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.providers.oidc.client-id=web-client",
				"rest.social.providers.oidc.client-secret=web-secret", "rest.social.providers.oidc.audiences=ios-client",
				"rest.social.state.require-id-token-nonce=true" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class IdTokenNonceTests {

	@RegisterExtension
	static WireMockExtension wiremock = GitHubStubs.server();

	static OidcTestIssuer issuer;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		issuer = new OidcTestIssuer(wiremock, "key-1");
		registry.add("rest.social.providers.oidc.issuer-uri", () -> issuer.issuer());
	}

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void setUp() {
		GitHubStubs.deleteAll(this.jdbc);
		issuer.serve();
		issuer.serveUserInfo();
	}

	@Test
	void nativeIdTokenWhenItCarriesTheNonceOfTheStateSentWithItThenLoggedIn() throws Exception {
		JsonNode state = state();
		String idToken = idToken(state.get("nonce").asString());
		login("{\"id_token\":\"" + idToken + "\",\"state\":\"" + state.get("state").asString() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("janedoe"));
		login("{\"id_token\":\"" + idToken + "\",\"state\":\"" + state.get("state").asString() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString("already used")));
	}

	@Test
	void nativeIdTokenWhenNoStateThen400NamingState() throws Exception {
		login("{\"id_token\":\"" + idToken("a-nonce-the-app-made-up") + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString("needs a 'state'")));
		assertThat(users()).isZero();
	}

	@Test
	void nativeIdTokenWhenItCarriesNoNonceThen400() throws Exception {
		JsonNode state = state();
		login("{\"id_token\":\"" + issuer.sign(issuer.claims("ios-client", now()).build()) + "\",\"state\":\""
				+ state.get("state").asString() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("id_token"))
			.andExpect(jsonPath("$.error").value(containsString("carries no nonce")));
		assertThat(users()).isZero();
	}

	@Test
	void nativeIdTokenWhenItCarriesANonceThisServerDidNotIssueForItsStateThen400() throws Exception {
		JsonNode other = state();
		JsonNode state = state();
		for (String foreign : new String[] { "nonce-of-another-app", other.get("nonce").asString() }) {
			login("{\"id_token\":\"" + idToken(foreign) + "\",\"state\":\"" + state.get("state").asString() + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.fields[0]").value("id_token"))
				.andExpect(jsonPath("$.error").value(containsString("not the one issued with the state")));
		}
		assertThat(users()).isZero();
	}

	@Test
	void codeLoginWhenNonceRequiredForIdTokensThenUnaffected() throws Exception {
		wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/issuer/token")
			.willReturn(okJson("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\""
					+ issuer.sign(issuer.claims("web-client", now()).build()) + "\"}")));
		login("{\"code\":\"c\"}").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("janedoe"));
	}

	private String idToken(String nonce) throws Exception {
		return issuer.sign(issuer.claims("ios-client", now()).claim("nonce", nonce).build());
	}

	private long users() {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private JsonNode state() throws Exception {
		return this.json.readTree(this.mvc.perform(post("/api/login/social/state/oidc/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions login(String body) throws Exception {
		return this.mvc.perform(
				post("/api/login/social/token_user/oidc/").contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
