package io.restsocial.app;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.RedirectUriResolver;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application's subclass of the login controller in its own package, outside the starter's:
 * the starter's error answers still cover it, while the application's other controllers keep
 * their own error handling.
 */
@SpringBootTest(classes = { TestApp.class, AppLoginControllerErrorsTests.AppConfiguration.class })
class AppLoginControllerErrorsTests extends LoginTestSupport {

	@Test
	void loginWhenTheApplicationsControllerLogsInThenItsUserJsonIsAnswered() throws Exception {
		github.user("good-code", 51, "octocat", "octocat@example.com", "Mona Octocat");
		this.mvc.perform(post("/api/login/social/token_user/github/", "{\"code\":\"good-code\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"))
			.andExpect(jsonPath("$.app").value(true));
	}

	@Test
	void loginWhenProviderUnknownThen404Problem() throws Exception {
		this.mvc.perform(post("/api/login/social/token_user/nosuch/", "{\"code\":\"c\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("nosuch")))
			.andExpect(jsonPath("$.fields[0]").value("provider"));
	}

	@Test
	void loginWhenProviderRefusesTheCodeThen400Problem() throws Exception {
		github.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(okJson("{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is "
					+ "incorrect or expired.\"}")));
		this.mvc.perform(post("/api/login/social/token_user/github/", "{\"code\":\"stale\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").isString())
			.andExpect(jsonPath("$.fields").isArray());
	}

	@Test
	void loginWhenGetThen405ProblemNamingPost() throws Exception {
		this.mvc.perform(get("/api/login/social/token_user/github/"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("use POST")));
	}

	@Test
	void applicationsOwnControllerWhenItFailsThenNotAnsweredByTheStarter() throws Exception {
		// The starter's handler would answer 400 with an "error" key; the application's failure is its own.
		org.assertj.core.api.Assertions
			.assertThatException()
			.isThrownBy(() -> this.mvc.perform(get("/app/fails").with(user("app-user"))))
			.havingRootCause()
			.isInstanceOf(io.restsocial.core.error.InvalidRequestException.class);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String path,
			String json) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class AppConfiguration {

		@Bean
		AppLoginController appLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<CredentialIssuer> issuers) {
			return new AppLoginController(authenticator, redirectUris, issuers);
		}

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	static class AppLoginController extends SocialLoginController {

		AppLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<CredentialIssuer> issuers) {
			super(authenticator, redirectUris, issuers, JsonMapper.builder().build());
		}

		@Override
		protected Map<String, Object> serializeUser(SocialUser user) {
			Map<String, Object> fields = super.serializeUser(user);
			fields.put("app", true);
			return fields;
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/app/fails")
		String fails() {
			throw new io.restsocial.core.error.InvalidRequestException("the application's own failure", "x");
		}

	}

}
