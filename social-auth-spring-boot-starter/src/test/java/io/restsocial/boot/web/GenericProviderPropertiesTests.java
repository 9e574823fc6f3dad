package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An OAuth 2.0 provider of no built-in name, described by {@code rest.social.providers.<name>.*}
 * alone: its endpoints, and the keys its user is read by (a dotted path into nested objects).
 */
class GenericProviderPropertiesTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/acme/";

	@DynamicPropertySource
	static void acme(DynamicPropertyRegistry registry) {
		String prefix = "rest.social.providers.acme.";
		registry.add(prefix + "client-id", () -> "acme-client");
		registry.add(prefix + "client-secret", () -> "acme-secret");
		registry.add(prefix + "authorization-uri", () -> github.baseUrl() + "/acme/authorize");
		registry.add(prefix + "token-uri", () -> github.baseUrl() + "/acme/token");
		registry.add(prefix + "user-info-uri", () -> github.baseUrl() + "/acme/me");
		registry.add(prefix + "claims.id", () -> "data.uid");
		registry.add(prefix + "claims.username", () -> "data.handle");
		registry.add(prefix + "claims.email", () -> "data.mail");
		registry.add(prefix + "claims.email-verified", () -> "data.mail_confirmed");
		registry.add(prefix + "claims.name", () -> "data.display");
	}

	@Test
	void loginWhenGenericProviderByPropertiesThenUserReadByItsClaims() throws Exception {
		github.stubFor(post("/acme/token").willReturn(okJson("{\"access_token\":\"acme-at-1\",\"token_type\":\"Bearer\","
				+ "\"expires_in\":3600}")));
		github.stubFor(get("/acme/me").withHeader("Authorization", equalTo("Bearer acme-at-1"))
			.willReturn(okJson("{\"data\":{\"uid\":7001,\"handle\":\"wile\",\"mail\":\"wile@acme.example\","
					+ "\"mail_confirmed\":true,\"display\":\"Wile Coyote\"}}")));
		JsonNode user = loggedIn(LOGIN, "acme-code");
		assertThat(user.get("username").asString()).isEqualTo("wile");
		assertThat(user.get("email").asString()).isEqualTo("wile@acme.example");
		assertThat(user.get("first_name").asString()).isEqualTo("Wile");
		assertThat(user.get("last_name").asString()).isEqualTo("Coyote");
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'acme'").query(String.class).single())
			.isEqualTo("7001");
		assertThat(this.jdbc.sql("SELECT email_verified FROM social_user").query(Boolean.class).single()).isTrue();
		// RFC 6749's client authentication that every server must take: HTTP Basic.
		github.verify(postRequestedFor(urlPathEqualTo("/acme/token"))
			.withHeader("Authorization", equalTo("Basic YWNtZS1jbGllbnQ6YWNtZS1zZWNyZXQ="))
			.withFormParam("code", equalTo("acme-code")));
		github.verify(getRequestedFor(urlPathEqualTo("/acme/me")));
	}

	@Test
	void loginWhenGenericProviderAnswersNoIdThenRefusedAndNothingWritten() throws Exception {
		github.stubFor(post("/acme/token").willReturn(okJson("{\"access_token\":\"acme-at-2\",\"token_type\":\"Bearer\"}")));
		github.stubFor(get("/acme/me").withHeader("Authorization", equalTo("Bearer acme-at-2"))
			.willReturn(okJson("{\"data\":{\"handle\":\"nobody\",\"mail\":\"nobody@acme.example\"}}")));
		postCode(LOGIN, "acme-code-2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("provider_refused"))
			.andExpect(jsonPath("$.error").value("Provider 'acme' gave no user id"));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
	}

}
