package io.restsocial.boot.interop;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.oidc.OidcTestIssuer;
import io.restsocial.core.provider.builtin.GoogleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

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
 * Boot's common registration id {@code google}, configured only by
 * {@code spring.security.oauth2.client} properties (keys, and provider URIs at a Google stub),
 * logs in over REST at {@code token_user/google/} with our {@code google-oauth2} definition:
 * Google's mapping, its ID token checks, and the uid that never changes ({@code sub}, the
 * {@code use-unique-user-id} default). {@code google-oauth2} itself is not registered by it.
 */
class ClientRegistrationGoogleLoginTests extends ClientRegistrationTestSupport {

	private static final String REGISTRATION = "spring.security.oauth2.client.registration.google.";

	private static final String PROVIDER = "spring.security.oauth2.client.provider.google.";

	@RegisterExtension
	static WireMockExtension google = GitHubStubs.server();

	static OidcTestIssuer keys;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		keys = new OidcTestIssuer(google, "google-key");
		registry.add(REGISTRATION + "client-id", () -> "g-reg-client.apps.googleusercontent.com");
		registry.add(REGISTRATION + "client-secret", () -> "g-reg-secret");
		registry.add(PROVIDER + "authorization-uri", () -> google.baseUrl() + "/o/oauth2/v2/auth");
		registry.add(PROVIDER + "token-uri", () -> google.baseUrl() + "/token");
		registry.add(PROVIDER + "user-info-uri", () -> google.baseUrl() + "/oauth2/v3/userinfo");
		registry.add(PROVIDER + "jwk-set-uri", () -> google.baseUrl() + "/issuer/jwks");
	}

	@BeforeEach
	void setUp() {
		keys.serve();
		// Google's OpenID userinfo, as its v3 endpoint answers.
		google.stubFor(get("/oauth2/v3/userinfo").withHeader("Authorization", equalTo("Bearer ya29.a0-access"))
			.willReturn(okJson("{\"sub\":\"248289761001\",\"name\":\"Jane Doe\",\"given_name\":\"Jane\","
					+ "\"family_name\":\"Doe\",\"picture\":\"https://lh3.googleusercontent.com/a/ACg8oc\","
					+ "\"email\":\"jane.doe@example.com\",\"email_verified\":true}")));
	}

	@Test
	void loginWhenOnlyGoogleClientRegistrationThenGooglesMappingNamedGoogle() throws Exception {
		stubToken(idToken("g-reg-client.apps.googleusercontent.com"));
		login("google").andExpect(status().isOk())
			// Google's mapping: the username is the email's local part.
			.andExpect(jsonPath("$.username").value("jane.doe"))
			.andExpect(jsonPath("$.email").value("jane.doe@example.com"))
			.andExpect(jsonPath("$.first_name").value("Jane"))
			.andExpect(jsonPath("$.last_name").value("Doe"))
			.andExpect(jsonPath("$.token").exists());
		// The uid is Google's sub, not python-social-auth's email uid.
		assertThat(this.jdbc.sql("SELECT provider || ':' || uid FROM social_account").query(String.class).list())
			.containsExactly("google:248289761001");
		// The registration's keys, sent in the form as Google's definition sends them.
		google.verify(postRequestedFor(urlPathEqualTo("/token")).withFormParam("code", equalTo("4/0Ab-code"))
			.withFormParam("client_id", equalTo("g-reg-client.apps.googleusercontent.com"))
			.withFormParam("client_secret", equalTo("g-reg-secret")));
	}

	@Test
	void loginWhenIdTokenIssuedToAnotherClientThen400AndNoUser() throws Exception {
		stubToken(idToken("another-app.apps.googleusercontent.com"));
		login("google").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	@Test
	void googleOAuth2WhenOnlyTheGoogleRegistrationThen404() throws Exception {
		stubToken(idToken("g-reg-client.apps.googleusercontent.com"));
		login(GoogleProvider.NAME).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	private ResultActions login(String provider) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/login/social/token_user/" + provider + "/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"4/0Ab-code\",\"redirect_uri\":\"https://app.example/done\"}"));
	}

	// An ID token as Google signs it: Google's issuer, the client id as audience.
	private static String idToken(String audience) throws Exception {
		return keys.sign(keys.claims(audience, Instant.now()).issuer(GoogleProvider.ISSUER).build());
	}

	private static void stubToken(String idToken) {
		google.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"ya29.a0-access\",\"expires_in\":3599,"
				+ "\"scope\":\"openid https://www.googleapis.com/auth/userinfo.email "
				+ "https://www.googleapis.com/auth/userinfo.profile\",\"token_type\":\"Bearer\",\"id_token\":\""
				+ idToken + "\"}")));
	}

}
