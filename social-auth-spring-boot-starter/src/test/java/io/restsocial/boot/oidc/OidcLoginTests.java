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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code oidc} provider configured by {@code issuer-uri} alone, over HTTP: the state's nonce
 * bound into the ID token, and a native app's ID token login for a second audience.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.providers.oidc.client-id=web-client",
				"rest.social.providers.oidc.client-secret=web-secret",
				"rest.social.providers.oidc.audiences=ios-client,android-client" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class OidcLoginTests {

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
	void loginWhenStateNonceInIdTokenThenUserFromClaims() throws Exception {
		JsonNode state = state();
		assertThat(state.get("nonce").asString()).isNotBlank();
		stubToken(issuer.sign(issuer.claims("web-client", now()).claim("nonce", state.get("nonce").asString()).build()));
		login("{\"code\":\"c\",\"state\":\"" + state.get("state").asString() + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("janedoe"))
			.andExpect(jsonPath("$.first_name").value("Jane"));
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'oidc'").query(String.class).single())
			.isEqualTo("248289761001");
	}

	@Test
	void loginWhenIdTokenNonceIsNotTheStatesThen400() throws Exception {
		JsonNode state = state();
		stubToken(issuer.sign(issuer.claims("web-client", now()).claim("nonce", "replayed-nonce").build()));
		login("{\"code\":\"c\",\"state\":\"" + state.get("state").asString() + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("nonce")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	@Test
	void nativeIdTokenWhenIssuedToTheIosClientThenLoggedInWithoutCode() throws Exception {
		String idToken = issuer.sign(issuer.claims("ios-client", now()).build());
		login("{\"id_token\":\"" + idToken + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("janedoe"))
			.andExpect(jsonPath("$.token").exists());
	}

	@Test
	void nativeIdTokenWhenExpiredOrForeignThen400NamingIdToken() throws Exception {
		String foreign = issuer.sign(issuer.claims("another-app", now()).build());
		login("{\"id_token\":\"" + foreign + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("id_token"));
		String expired = issuer.sign(issuer.claims("ios-client", now().minusSeconds(7200)).build());
		login("{\"id_token\":\"" + expired + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("expired")));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private JsonNode state() throws Exception {
		return this.json.readTree(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/login/social/state/oidc/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions login(String body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/login/social/token_user/oidc/")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static void stubToken(String idToken) {
		wiremock.stubFor(post("/issuer/token").willReturn(okJson(
				"{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}")));
	}

}
