package io.restsocial.boot.oidc;

import java.time.Instant;
import java.util.function.Function;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account-linking CSRF through an {@code id_token} login, tried as an attacker would. The
 * attacker signs in to the app's own OpenID provider and gets an ID token for the app's client,
 * then feeds it to the victim's front-end by a crafted callback URL. The front-end, logged in with
 * the victim's token, posts it. Had the login linked the attacker's account to the victim's user,
 * the attacker could then log in as the victim. From a browser, a login that links needs a state
 * bound to that browser, whose nonce the ID token must then carry; a native app, which no other
 * site can drive, links as before.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.providers.oidc.client-id=web-client",
				"rest.social.providers.oidc.client-secret=web-secret" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class IdTokenLinkingTests {

	private static final String ATTACKER = "attacker-subject";

	private static final String ORIGIN = "http://localhost";

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

	private String victimToken;

	private long victimId;

	@BeforeEach
	void victimLoggedInByToken() throws Exception {
		GitHubStubs.deleteAll(this.jdbc);
		issuer.serve();
		issuer.serveUserInfo();
		JsonNode victim = body(this.mvc.perform(login("{\"id_token\":\"" + idToken("victim-subject", null) + "\"}"))
			.andExpect(status().isOk())
			.andReturn());
		this.victimToken = victim.get("token").asString();
		this.victimId = victim.get("id").asLong();
	}

	@Test
	void browserIdTokenLoginWhenItWouldLinkWithoutStateThen400AndNothingLinked() throws Exception {
		this.mvc
			.perform(login("{\"id_token\":\"" + idToken(ATTACKER, null) + "\"}").header("Origin", ORIGIN)
				.header("Authorization", "Token " + this.victimToken))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"));
		assertThat(accountsOf(ATTACKER)).isZero();
	}

	@Test
	void browserIdTokenLoginWhenStateOfThisBrowserAndItsNonceThenLinksToTheCaller() throws Exception {
		linkFromBrowser((state) -> state.get("nonce").asString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.victimId));
		assertThat(accountsOf(ATTACKER)).isOne();
	}

	@Test
	void browserIdTokenLoginWhenStateButTheAttackersNonceThen400AndNothingLinked() throws Exception {
		linkFromBrowser((state) -> "the-attackers-own-nonce").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("id_token"));
		assertThat(accountsOf(ATTACKER)).isZero();
	}

	@Test
	void nativeIdTokenLoginWhenItLinksWithoutStateThenLinksToTheCaller() throws Exception {
		this.mvc
			.perform(login("{\"id_token\":\"" + idToken(ATTACKER, null) + "\"}").header("Authorization",
					"Token " + this.victimToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.victimId));
		assertThat(accountsOf(ATTACKER)).isOne();
	}

	// The victim's front-end, logged in by token, asks for a state from the browser, then posts the
	// attacker's ID token, with the nonce chosen from that state, and the state.
	private ResultActions linkFromBrowser(Function<JsonNode, String> nonce) throws Exception {
		MvcResult issued = this.mvc.perform(post("/api/login/social/state/oidc/").header("Origin", ORIGIN))
			.andExpect(status().isOk())
			.andReturn();
		JsonNode state = body(issued);
		return this.mvc.perform(login("{\"id_token\":\"" + idToken(ATTACKER, nonce.apply(state)) + "\",\"state\":\""
				+ state.get("state").asString() + "\"}")
			.header("Origin", ORIGIN)
			.cookie(issued.getResponse().getCookies()[0])
			.header("Authorization", "Token " + this.victimToken));
	}

	private String idToken(String subject, String nonce) throws Exception {
		Instant now = this.clock.instant();
		var claims = issuer.claims("web-client", now).subject(subject);
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		return issuer.sign(claims.build());
	}

	private MockHttpServletRequestBuilder login(String body) {
		return post("/api/login/social/token_user/oidc/").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private long accountsOf(String uid) {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE provider = 'oidc' AND uid = ?")
			.param(uid)
			.query(Long.class)
			.single();
	}

	private JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

}
