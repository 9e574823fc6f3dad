package io.restsocial.boot.web;

import io.restsocial.boot.security.Browser;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.core.jdbc.JdbcUserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An inactive user ({@code social_user.is_active = false}, Django's {@code is_active}): its logins
 * are refused with nothing written, and the credentials it was issued no longer authenticate, a
 * session of theirs neither; made active again, it logs in as before.
 */
class InactiveUserTests extends LoginTestSupport {

	@Autowired
	private JdbcUserService users;

	@Test
	void loginWhenUserInactiveThen403AndNothingWrittenAndItsTokensRefused() throws Exception {
		github.user("active", 81, "wendy", "wendy@example.com", "Wendy Darling");
		JsonNode first = loggedIn("/api/login/social/token_user/github/", "active");
		String token = first.get("token").asString();
		String opaque = loggedIn("/api/login/social/opaque/github/", "active").get("token").asString();
		String jwt = loggedIn("/api/login/social/jwt-pair/github/", "active").get("token").asString();
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + token))
			.andExpect(status().isOk());
		String extraData = extraData();

		assertThat(this.users.setActive(first.get("id").asString(), false)).isTrue();
		github.user("inactive", 81, "wendy", "wendy@example.com", "Wendy Moira Darling");
		postCode("/api/login/social/token_user/github/", "inactive").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("This account is inactive"));
		// Rolled back: neither the names nor the account's extra data changed.
		assertThat(this.jdbc.sql("SELECT last_name FROM social_user").query(String.class).single())
			.isEqualTo("Darling");
		assertThat(extraData()).isEqualTo(extraData);
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + opaque))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Bearer " + jwt))
			.andExpect(status().isUnauthorized());

		this.users.setActive(first.get("id").asString(), true);
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Bearer " + jwt))
			.andExpect(status().isOk());
		assertThat(loggedIn("/api/login/social/token_user/github/", "inactive").get("last_name").asString())
			.isEqualTo("Moira Darling");
	}

	@Test
	void requestWhenSessionUserMadeInactiveThenSessionNoLongerAuthenticates() throws Exception {
		github.user("session", 82, "john", "john@example.com", "John Darling");
		// The real CSRF exchange: Spring Security's csrf() post-processor would swap the shared
		// context's token repository for later tests.
		Browser browser = Browser.loginBySession(this.mvc, "session");
		this.mvc.perform(get("/api/login/social/accounts/").session(browser.session())).andExpect(status().isOk());

		assertThat(this.users.setActive(String.valueOf(browser.userId()), false)).isTrue();

		this.mvc.perform(get("/api/login/social/accounts/").session(browser.session()))
			.andExpect(status().isUnauthorized());
		assertThat(browser.session().isInvalid()).as("the inactive user's session ended").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Foo bar", "Basic Zm9vOmJhcg==", "Digest username=\"x\"" })
	void requestWhenSessionUserMadeInactiveAndHeaderOfAnotherSchemeThenSessionStillEnds(String header)
			throws Exception {
		// The attack: an inactive user keeps their session alive by sending an Authorization header
		// that none of the starter's authenticators reads.
		github.user("other-scheme", 83, "michael", "michael@example.com", "Michael Darling");
		Browser browser = Browser.loginBySession(this.mvc, "other-scheme");
		this.mvc.perform(get("/api/login/social/accounts/").session(browser.session()).header("Authorization", header))
			.andExpect(status().isOk());

		assertThat(this.users.setActive(String.valueOf(browser.userId()), false)).isTrue();

		this.mvc.perform(get("/api/login/social/accounts/").session(browser.session()).header("Authorization", header))
			.andExpect(status().isUnauthorized());
		assertThat(browser.session().isInvalid()).as("the inactive user's session ended").isTrue();
	}

	private String extraData() {
		return this.jdbc.sql("SELECT extra_data FROM social_account").query(String.class).single();
	}

}
