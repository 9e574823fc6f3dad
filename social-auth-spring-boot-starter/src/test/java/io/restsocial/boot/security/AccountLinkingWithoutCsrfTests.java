package io.restsocial.boot.security;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the session endpoint's CSRF protection turned off ({@code rest.social.session.csrf=false}),
 * a session cookie proves nothing: a login by a session-authenticated browser links nothing to its
 * user, and the session cannot disconnect accounts.
 */
@SpringBootTest(classes = TestApp.class, properties = "rest.social.session.csrf=false")
class AccountLinkingWithoutCsrfTests extends LoginTestSupport {

	private MockHttpSession victim;

	private long victimId;

	@BeforeEach
	void victimLoggedInBySession() throws Exception {
		github.user("victim", 1, "victim", "victim@example.com", "Vic Tim");
		github.user("attacker", 666, "mallory", "m@evil.example", "Mal Lory");
		MvcResult login = this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"victim\"}"))
			.andExpect(status().isOk())
			.andReturn();
		this.victim = (MockHttpSession) login.getRequest().getSession(false);
		this.victimId = this.json.readTree(login.getResponse().getContentAsString()).get("id").asLong();
	}

	@Test
	void loginWhenCrossSiteWithSessionCookieThenAttackersAccountNotLinkedToVictim() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/login/social/token_user/github/").session(this.victim)
				.header("Origin", "https://evil.example")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("code", "attacker"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(this.json.readTree(result.getResponse().getContentAsString()).get("id").asLong())
			.isNotEqualTo(this.victimId);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE user_id = ?")
			.param(this.victimId)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void disconnectWhenSessionCookieOnlyThen403() throws Exception {
		long accountId = this.jdbc.sql("SELECT id FROM social_account WHERE uid = '1'").query(Long.class).single();
		this.mvc.perform(delete("/api/login/social/accounts/github/" + accountId + "/").session(this.victim))
			.andExpect(status().isForbidden());
	}

}
