package io.restsocial.boot.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.core.login.SocialAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bounded input on the starter's endpoints, sent as an attacker would: bodies over
 * {@code rest.social.limits.max-body-size} (413, unread), fields over their length (400 naming
 * the field), and bodies the endpoints do not read (415). No provider is called, nothing is
 * written. The login controller is the application's subclass, which gets the configured limits
 * as the default one does.
 */
@SpringBootTest(classes = { TestApp.class, RequestLimitsTests.SubclassedController.class },
		properties = { "rest.social.limits.max-body-size=8KB", "rest.social.limits.max-token-length=4096" })
class RequestLimitsTests extends LoginTestSupport {

	private static final int MAX_BODY = 8 * 1024;

	@Test
	void loginControllerWhenApplicationSubclassesItThenItServesTheLogins(
			@Autowired java.util.Map<String, SocialLoginController> controllers) {
		assertThat(controllers).containsOnlyKeys("appLoginController");
	}

	@Test
	void loginWhenJsonBodyOverMaxBodySizeThen413Unread() throws Exception {
		String body = "{\"code\":\"c\",\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}";
		assertRefused(json("/api/login/social/token_user/github/", body), 413)
			.andExpect(jsonPath("$.error").value(containsString("larger than " + MAX_BODY + " bytes")));
	}

	@Test
	void loginWhenFormBodyOverMaxBodySizeThen413Unread() throws Exception {
		String body = "provider=github&code=c&pad=" + "x".repeat(MAX_BODY);
		assertRefused(this.mvc.perform(post("/api/login/social/token_user/")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)), 413);
	}

	@Test
	void loginWhenBodyUnderMaxBodySizeWithUnknownFieldsThenLoggedIn() throws Exception {
		github.user("code-pad", 41, "padded", "p@example.com", "Pad Ded");
		String body = "{\"code\":\"code-pad\",\"pad\":\"" + "x".repeat(MAX_BODY - 100) + "\"}";
		json("/api/login/social/token_user/github/", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("padded"));
	}

	@Test
	void loginWhenFormBodyInUtf8ThenReadByTheStarter() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).withFormParam("code", equalTo("c\u00e9-\u6f22"))
			.willReturn(okJson("{\"access_token\":\"gho_utf8\",\"token_type\":\"bearer\"}")));
		github.stubFor(WireMock.get("/user").withHeader("Authorization", equalTo("token gho_utf8"))
			.willReturn(okJson("{\"login\":\"formutf8\",\"id\":42,\"name\":\"U T\",\"email\":\"u@example.com\"}")));
		this.mvc
			.perform(post("/api/login/social/token_user/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("provider=github&code=c%C3%A9-%E6%BC%A2&state="))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("formutf8"));
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code",
				equalTo("c\u00e9-\u6f22")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "code, 2049", "state, 2049", "redirect_uri, 2049", "oauth_token, 2049", "oauth_verifier, 2049",
			"code_verifier, 129", "id_token, 4097", "access_token, 4097", "signed_request, 4097", "provider, 2049" })
	void loginWhenFieldOverItsLengthThen400NamingIt(String field, int length) throws Exception {
		String body = "{\"code\":\"c\",\"" + field + "\":\"" + "a".repeat(length) + "\"}";
		assertRefused(json("/api/login/social/token_user/" + (field.equals("provider") ? "" : "github/"), body), 400)
			.andExpect(jsonPath("$.fields[0]").value(field))
			.andExpect(jsonPath("$.error").value(containsString("'" + field + "' is longer than " + (length - 1))));
	}

	@Test
	void loginWhenFieldAtItsLengthThenNotRefusedForIt() throws Exception {
		github.user("c".repeat(2048), 43, "longcode", "l@example.com", "L C");
		json("/api/login/social/token_user/github/", "{\"code\":\"" + "c".repeat(2048) + "\"}")
			.andExpect(status().isOk());
	}

	@Test
	void loginWhenFormFieldOverItsLengthThen400NamingIt() throws Exception {
		assertRefused(this.mvc.perform(post("/api/login/social/token/github/")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("code=" + "a".repeat(2049))), 400).andExpect(jsonPath("$.fields[0]").value("code"));
	}

	@Test
	void loginWhenAppleUserObjectOverFieldLengthThen400NamingUser() throws Exception {
		String user = "{\"name\":{\"firstName\":\"" + "A".repeat(2100) + "\",\"lastName\":\"B\"}}";
		assertRefused(json("/api/login/social/token_user/github/", "{\"code\":\"c\",\"user\":" + user + "}"), 400)
			.andExpect(jsonPath("$.fields[0]").value("user"));
	}

	@ParameterizedTest
	@CsvSource({ "/api/login/token/refresh/, refresh", "/api/login/token/verify/, token",
			"/api/login/token/sliding/refresh/, token", "/api/login/token/blacklist/, refresh" })
	void jwtCompanionWhenTokenOverItsLengthThen400NamingIt(String path, String field) throws Exception {
		assertRefused(json(path, "{\"" + field + "\":\"" + "e".repeat(4097) + "\"}"), 400)
			.andExpect(jsonPath("$.fields[0]").value(field));
	}

	@Test
	void completeWhenPartialTokenOverFieldLengthThen400NamingIt() throws Exception {
		assertRefused(json("/api/login/social/complete/", "{\"partial_token\":\"" + "p".repeat(2049) + "\"}"), 400)
			.andExpect(jsonPath("$.fields[0]").value("partial_token"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=x",
			"application/x-www-form-urlencoded; charset=no-such-charset",
			"not a media type" })
	void loginWhenBodyOfATypeNotReadThen415(String contentType) throws Exception {
		assertRefused(this.mvc.perform(post("/api/login/social/token_user/github/")
			.header("Content-Type", contentType)
			.content("code=c".getBytes(StandardCharsets.UTF_8))), 415);
	}

	@ParameterizedTest
	@ValueSource(strings = { "code=%zz", "code=%", "code=%C3%28%" })
	void loginWhenFormBodyMalformedThen400(String body) throws Exception {
		assertRefused(this.mvc.perform(post("/api/login/social/token_user/github/")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)), 400).andExpect(jsonPath("$.error").value(containsString("x-www-form-urlencoded")));
	}

	private ResultActions json(String path, String body) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions assertRefused(ResultActions result, int status) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").isString())
			.andExpect(jsonPath("$.fields").isArray());
		github.verify(0, anyRequestedFor(anyUrl()));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		return result;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SubclassedController {

		@Bean
		AppLoginController appLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<CredentialIssuer> issuers) {
			return new AppLoginController(authenticator, redirectUris, issuers);
		}

	}

	static class AppLoginController extends SocialLoginController {

		AppLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<CredentialIssuer> issuers) {
			super(authenticator, redirectUris, issuers, JsonMapper.builder().build());
		}

	}

}
