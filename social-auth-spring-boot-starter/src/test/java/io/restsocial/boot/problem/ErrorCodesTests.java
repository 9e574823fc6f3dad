package io.restsocial.boot.problem;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error answer names its kind by a code and a problem {@code type} of its own, whichever
 * part of the starter wrote it (exception handler, security entry point, access denied handler),
 * so that a front-end tells errors apart without reading messages.
 */
class ErrorCodesTests extends LoginTestSupport {

	@Test
	void loginWhenProviderMissingThenMissingProvider() throws Exception {
		expect(this.mvc.perform(json("/api/login/social/token/", "{\"code\":\"c\"}")), 400, "missing_provider");
	}

	@Test
	void loginWhenProviderUnknownThenUnknownProvider() throws Exception {
		expect(this.mvc.perform(json("/api/login/social/token/myspace/", "{\"code\":\"c\"}")), 404,
				"unknown_provider");
	}

	@Test
	void loginWhenProviderRefusesCodeThenProviderRefused() throws Exception {
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(FakeGitHub.TOKEN_PATH))
			.willReturn(okJson("{\"error\":\"bad_verification_code\",\"error_description\":\"expired\"}")));
		expect(this.mvc.perform(json("/api/login/social/token/github/", "{\"code\":\"old\"}")), 400,
				"provider_refused");
	}

	@Test
	void loginWhenGetThenMethodNotAllowed() throws Exception {
		expect(this.mvc.perform(get("/api/login/social/token/github/")), 405, "method_not_allowed");
	}

	@Test
	void appEndpointWhenAnonymousThenAuthenticationRequired() throws Exception {
		expect(this.mvc.perform(get("/api/me")), 401, "authentication_required");
	}

	@Test
	void appEndpointWhenUnknownTokenThenInvalidCredential() throws Exception {
		expect(this.mvc.perform(get("/api/me").header("Authorization", "Token " + "a".repeat(64))), 401,
				"invalid_credential");
	}

	@Test
	void sessionLoginWhenNoCsrfTokenThenCsrf() throws Exception {
		expect(this.mvc.perform(json("/api/login/social/session/github/", "{\"code\":\"c\"}")), 403, "csrf");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(String path,
			String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static void expect(ResultActions result, int status, String code) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.type").value(SocialProblems.TYPE_PREFIX + code))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.error").isString())
			.andExpect(jsonPath("$.fields").isArray());
	}

}
