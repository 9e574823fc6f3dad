package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code facebook-app} over HTTP: the front-end posts the {@code signed_request} a canvas page got
 * (signed with the app secret, issued a minute before the test clock's now), which the login body
 * carries to the provider; one signed with another secret is refused with 400, naming the field,
 * before Facebook is called.
 */
@Import(TestClockConfiguration.class)
class FacebookAppLoginTests extends LoginTestSupport {

	// {"algorithm":"HMAC-SHA256","issued_at":1780315140,"oauth_token":"EAAcanvas","user_id":"10158000000000001"}
	private static final String PAYLOAD = "eyJhbGdvcml0aG0iOiJITUFDLVNIQTI1NiIsImlzc3VlZF9hdCI6MTc4MDMxNTE0MCwib2F1dGhfdG9r"
			+ "ZW4iOiJFQUFjYW52YXMiLCJ1c2VyX2lkIjoiMTAxNTgwMDAwMDAwMDAwMDEifQ";

	private static final String SIGNED = "YAcmQwYVM4Dly-RlQW-yCalBBc71zgKRDOh4ei2tGy4." + PAYLOAD;

	private static final String SIGNED_BY_ANOTHER_APP = "aYH1QfOLBl-1CYQhHo12elhQQYWK_S2qgZvL5YRD45A." + PAYLOAD;

	@DynamicPropertySource
	static void facebookApp(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.facebook-app.client-id", () -> "fb-app");
		registry.add("rest.social.providers.facebook-app.client-secret", () -> "fb-app-secret");
		registry.add("rest.social.providers.facebook-app.allow-access-token", () -> "true");
		registry.add("rest.social.providers.facebook-app.user-info-uri", () -> github.baseUrl() + "/fb/me");
		registry.add("rest.social.providers.facebook-app.settings.debug-token-uri",
				() -> github.baseUrl() + "/fb/debug_token");
	}

	@Test
	void loginWhenSignedRequestOfThisAppThenUserOfItsToken() throws Exception {
		stubFacebook();

		this.mvc
			.perform(post("/api/login/social/token_user/facebook-app/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"signed_request\":\"" + SIGNED + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("jane@example.com"))
			.andExpect(jsonPath("$.token").isNotEmpty());
		github.verify(getRequestedFor(urlPathEqualTo("/fb/me")).withQueryParam("access_token", equalTo("EAAcanvas")));
	}

	@Test
	void loginWhenSignedRequestOfAnotherAppThen400NamingTheFieldAndFacebookNotCalled() throws Exception {
		stubFacebook();

		this.mvc
			.perform(post("/api/login/social/token_user/facebook-app/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"signed_request\":\"" + SIGNED_BY_ANOTHER_APP + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("signed_request"));
		github.verify(0, getRequestedFor(urlPathEqualTo("/fb/me")));
		github.verify(0, getRequestedFor(urlPathEqualTo("/fb/debug_token")));
	}

	private static void stubFacebook() {
		github.stubFor(get(urlPathEqualTo("/fb/debug_token"))
			.willReturn(okJson("{\"data\":{\"app_id\":\"fb-app\",\"is_valid\":true,\"user_id\":\"10158000000000001\"}}")));
		github.stubFor(get(urlPathEqualTo("/fb/me"))
			.willReturn(okJson("{\"id\":\"10158000000000001\",\"name\":\"Jane Doe\",\"email\":\"jane@example.com\"}")));
	}

}
