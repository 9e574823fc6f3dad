package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code rest.social.pipeline.allowed-emails} (python-social-auth's WHITELISTED_EMAILS): only
 * those addresses, verified by the provider, log in; and {@code username-is-full-email}.
 */
@TestPropertySource(properties = { "rest.social.pipeline.allowed-emails=boss@example.com,Ops@Example.com",
		"rest.social.pipeline.username-is-full-email=true" })
class AllowedEmailsTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/github/";

	@Test
	void loginWhenEmailAllowedAndVerifiedThenLoggedInWithTheEmailAsUsername() throws Exception {
		github.userWithEmail("boss", 71, "the-boss", "boss@example.com", true);
		github.userWithEmail("ops", 72, "ops", "ops@example.com", true);
		assertThat(loggedIn(LOGIN, "boss").get("username").asString()).isEqualTo("boss@example.com");
		// Compared without case, as email addresses are in practice.
		assertThat(loggedIn(LOGIN, "ops").get("username").asString()).isEqualTo("ops@example.com");
	}

	@Test
	void loginWhenEmailAllowedButUnverifiedThenForbiddenAndNothingWritten() throws Exception {
		github.userWithEmail("fake-boss", 73, "mallory", "boss@example.com", false);
		postCode(LOGIN, "fake-boss").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(
					"This account's email is not verified by the provider, so it cannot be allowed to log in"));
		assertThat(count("social_user")).isZero();
	}

	@Test
	void loginWhenEmailNotAllowedThenForbiddenAndNothingWritten() throws Exception {
		github.userWithEmail("intern", 74, "intern", "intern@example.com", true);
		postCode(LOGIN, "intern").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("This account's email is not allowed to log in"));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
	}

}
