package io.restsocial.boot.interop;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.oidc.OidcTestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A generic OpenID Connect registration, {@code acme}, configured by Boot's properties with its
 * issuer-uri alone (Boot reads the issuer's discovery document at start-up), logs in over REST at
 * {@code token_user/acme/}: the ID token is checked against the issuer's keys and the client id.
 */
class ClientRegistrationOidcLoginTests extends ClientRegistrationTestSupport {

	@RegisterExtension
	static WireMockExtension wiremock = GitHubStubs.server();

	static OidcTestIssuer issuer;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		issuer = new OidcTestIssuer(wiremock, "acme-key");
		registry.add("spring.security.oauth2.client.registration.acme.client-id", () -> "acme-client");
		registry.add("spring.security.oauth2.client.registration.acme.client-secret", () -> "acme-secret");
		// Read when the context starts, when Boot fetches the discovery document: serve it first.
		registry.add("spring.security.oauth2.client.provider.acme.issuer-uri", () -> {
			issuer.serve();
			return issuer.issuer();
		});
	}

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		issuer.serve();
		issuer.serveUserInfo();
	}

	@Test
	void loginWhenIdTokenOfTheIssuerForTheClientThenUserFromStandardClaims() throws Exception {
		stubToken(issuer.sign(issuer.claims("acme-client", Instant.now()).build()));
		login("{\"code\":\"c\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("janedoe"))
			.andExpect(jsonPath("$.email").value("jane.doe@example.com"))
			.andExpect(jsonPath("$.first_name").value("Jane"))
			.andExpect(jsonPath("$.last_name").value("Doe"))
			.andExpect(jsonPath("$.token").exists());
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'acme'").query(String.class).single())
			.isEqualTo("248289761001");
		// client_secret_basic, which Boot chose from the issuer's metadata.
		wiremock.verify(postRequestedFor(urlPathEqualTo("/issuer/token")).withHeader("Authorization",
				equalTo("Basic YWNtZS1jbGllbnQ6YWNtZS1zZWNyZXQ="))
			.withFormParam("client_secret", absent()));
	}

	@Test
	void loginWhenStateNonceInIdTokenThenLoggedIn() throws Exception {
		JsonNode state = this.json.readTree(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/login/social/state/acme/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		stubToken(issuer.sign(issuer.claims("acme-client", Instant.now())
			.claim("nonce", state.get("nonce").asString())
			.build()));
		login("{\"code\":\"c\",\"state\":\"" + state.get("state").asString() + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("janedoe"));
	}

	@Test
	void loginWhenIdTokenIssuedToAnotherClientThen400AndNoUser() throws Exception {
		stubToken(issuer.sign(issuer.claims("another-app", Instant.now()).build()));
		login("{\"code\":\"c\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	@Test
	void loginWhenIdTokenSignedByAnotherKeyThen4xxAndNoUser() throws Exception {
		OidcTestIssuer impostor = new OidcTestIssuer(wiremock, "acme-key");
		stubToken(impostor.sign(impostor.claims("acme-client", Instant.now()).build()));
		login("{\"code\":\"c\"}").andExpect(status().is4xxClientError());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	private ResultActions login(String body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/login/social/token_user/acme/")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static void stubToken(String idToken) {
		wiremock.stubFor(post("/issuer/token").willReturn(okJson(
				"{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}")));
	}

}
