package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider whose calls carry the client secret in the URL's query (Facebook's code exchange,
 * its {@code debug_token}), attacked with what a URI template would read as a variable: a
 * {@code code}, {@code redirect_uri} or {@code access_token} with braces. Built as a template, the
 * URL could not be made, and the error, its message the whole URL with the app secret, went to
 * the log with a 500. The values are sent encoded, as any other.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderUrlEncodingTests extends LoginTestSupport {

	private static final String SECRET = "fb-secret-in-the-query";

	@DynamicPropertySource
	static void facebook(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.facebook.client-id", () -> "fb-id");
		registry.add("rest.social.providers.facebook.client-secret", () -> SECRET);
		registry.add("rest.social.providers.facebook.allow-access-token", () -> "true");
		registry.add("rest.social.providers.facebook.token-uri", () -> github.baseUrl() + "/fb/oauth/access_token");
		registry.add("rest.social.providers.facebook.user-info-uri", () -> github.baseUrl() + "/fb/me");
		registry.add("rest.social.providers.facebook.settings.debug-token-uri",
				() -> github.baseUrl() + "/fb/debug_token");
	}

	@Test
	void codeLoginWhenCodeAndRedirectUriHaveBracesThenSentEncodedAndNoSecretLogged(CapturedOutput output)
			throws Exception {
		stubFacebook("{x}");
		this.mvc
			.perform(post("/api/login/social/token_user/facebook/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"{x}\",\"redirect_uri\":\"https://app.example/cb?{y}\"}"))
			.andExpect(status().isOk());
		github.verify(getRequestedFor(urlPathEqualTo("/fb/oauth/access_token")).withQueryParam("code", equalTo("{x}"))
			.withQueryParam("redirect_uri", equalTo("https://app.example/cb?{y}")));
		assertThat(output).doesNotContain(SECRET);
	}

	@Test
	void accessTokenLoginWhenTokenHasBracesThenSentEncodedAndNoSecretLogged(CapturedOutput output)
			throws Exception {
		stubFacebook("{x}");
		this.mvc
			.perform(post("/api/login/social/token_user/facebook/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"access_token\":\"{tok}\"}"))
			.andExpect(status().isOk());
		github.verify(getRequestedFor(urlPathEqualTo("/fb/debug_token")).withQueryParam("input_token",
				equalTo("{tok}")));
		assertThat(output).doesNotContain(SECRET);
	}

	private static void stubFacebook(String code) {
		github.stubFor(get(urlPathEqualTo("/fb/oauth/access_token")).withQueryParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"EAAtoken\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		github.stubFor(get(urlPathEqualTo("/fb/debug_token"))
			.willReturn(okJson("{\"data\":{\"app_id\":\"fb-id\",\"is_valid\":true,\"user_id\":\"10158000000000002\"}}")));
		github.stubFor(get(urlPathEqualTo("/fb/me"))
			.willReturn(okJson("{\"id\":\"10158000000000002\",\"name\":\"Jane Roe\",\"email\":\"roe@example.com\"}")));
	}

}
