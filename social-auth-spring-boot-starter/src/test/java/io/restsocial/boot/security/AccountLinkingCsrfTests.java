package io.restsocial.boot.security;

import io.restsocial.boot.testapp.LoginTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account-linking CSRF, tried as an attacker would: the victim is logged in by session; a
 * hostile page makes the victim's browser post the attacker's own GitHub code to a login endpoint.
 * Had the login linked the attacker's GitHub account to the victim's user, the attacker could then
 * log in as the victim with it. A login links only to a caller proven by an Authorization header
 * or by its session with a checked CSRF token.
 */
class AccountLinkingCsrfTests extends LoginTestSupport {

	static final long ATTACKER_GITHUB_ID = 666;

	private Browser victim;

	@BeforeEach
	void victimLoggedInBySession() throws Exception {
		github.user("victim", 1, "victim", "victim@example.com", "Vic Tim");
		github.user("attacker", ATTACKER_GITHUB_ID, "mallory", "m@evil.example", "Mal Lory");
		github.user("attacker-later", ATTACKER_GITHUB_ID, "mallory", "m@evil.example", "Mal Lory");
		this.victim = Browser.loginBySession(this.mvc, "victim");
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "token_user", "jwt-pair", "jwt-pair-user", "jwt-sliding", "jwt-sliding-user",
			"opaque", "opaque_user", "session" })
	void loginWhenCrossSiteFormPostWithVictimsSessionCookieThen403AndAttackerCannotLogInAsVictim(String endpoint)
			throws Exception {
		this.mvc
			.perform(this.victim.crossSite(post("/api/login/social/" + endpoint + "/github/"))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("code", "attacker"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value(containsString("CSRF token")));
		assertThat(accountsOf(ATTACKER_GITHUB_ID)).isZero();

		long attackersUser = this.json.readTree(tokenUserLogin("attacker-later").getResponse().getContentAsString())
			.get("id")
			.asLong();
		assertThat(attackersUser).isNotEqualTo(this.victim.userId());
	}

	// Double submit with a planted cookie: the attacker sets XSRF-TOKEN from a sibling subdomain (or
	// over plain http) and posts the same value as a form field; only the header counts.
	@Test
	void loginWhenCrossSiteFormCarriesPlantedCsrfCookieAndSameFormFieldThen403AndNothingLinked() throws Exception {
		this.mvc
			.perform(post("/api/login/social/token_user/github/").session(this.victim.session())
				.cookie(new Cookie("XSRF-TOKEN", "planted-by-attacker"))
				.header("Origin", "https://evil.example")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("code", "attacker")
				.param("_csrf", "planted-by-attacker"))
			.andExpect(status().isForbidden());
		assertThat(accountsOf(ATTACKER_GITHUB_ID)).isZero();
	}

	// The victim's front-end fed the attacker's code by a crafted callback URL, and posting it with
	// the victim's own CSRF token: from a browser, linking needs a state bound to that browser.
	@Test
	void loginWhenBrowserLinksWithoutStateThen400AndNothingLinked() throws Exception {
		this.mvc
			.perform(this.victim.sameSite(post("/api/login/social/token_user/github/"))
				.header("Origin", "http://localhost")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"attacker\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"));
		assertThat(accountsOf(ATTACKER_GITHUB_ID)).isZero();
	}

	@Test
	void loginWhenSessionCookieWithForeignAuthorizationSchemeThen403AndNothingLinked() throws Exception {
		this.mvc
			.perform(this.victim.crossSite(post("/api/login/social/token_user/github/"))
				.header("Authorization", "Foo bar")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("code", "attacker"))
			.andExpect(status().isForbidden());
		assertThat(accountsOf(ATTACKER_GITHUB_ID)).isZero();
	}

	@Test
	void loginWhenSessionCookieWithInvalidTokenHeaderThen401AndNothingLinked() throws Exception {
		this.mvc
			.perform(this.victim.crossSite(post("/api/login/social/token_user/github/"))
				.header("Authorization", "Token " + "f".repeat(64))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"attacker\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(accountsOf(ATTACKER_GITHUB_ID)).isZero();
	}

	@Test
	void loginWhenSessionCookieAndCheckedCsrfTokenThenAccountLinkedToSessionUser() throws Exception {
		github.user("second", 2, "victim-work", "work@example.com", "Vic Tim");
		this.mvc
			.perform(this.victim.sameSite(post("/api/login/social/token_user/github/"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"second\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.victim.userId()));
		assertThat(this.jdbc.sql("SELECT user_id FROM social_account WHERE uid = '2'").query(Long.class).single())
			.isEqualTo(this.victim.userId());
	}

	@Test
	void loginWhenNoCookiesThenNoCsrfTokenNeededAndNewUser() throws Exception {
		MvcResult result = tokenUserLogin("attacker");
		assertThat(this.json.readTree(result.getResponse().getContentAsString()).get("id").asLong())
			.isNotEqualTo(this.victim.userId());
	}

	@Test
	void disconnectWhenSessionCookieWithForeignAuthorizationSchemeThen403AndAccountKept() throws Exception {
		github.user("second", 2, "victim-work", "work@example.com", "Vic Tim");
		this.mvc
			.perform(this.victim.sameSite(post("/api/login/social/token/github/"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"second\"}"))
			.andExpect(status().isOk());
		long accountId = this.jdbc.sql("SELECT id FROM social_account WHERE uid = '1'").query(Long.class).single();
		this.mvc
			.perform(this.victim.crossSite(delete("/api/login/social/accounts/github/" + accountId + "/"))
				.header("Authorization", "Foo bar"))
			.andExpect(status().isForbidden());
		assertThat(accountsOf(1)).isOne();
		this.mvc.perform(this.victim.sameSite(delete("/api/login/social/accounts/github/" + accountId + "/")))
			.andExpect(status().isNoContent());
		assertThat(accountsOf(1)).isZero();
	}

	private MvcResult tokenUserLogin(String code) throws Exception {
		return this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\"}"))
			.andExpect(status().isOk())
			.andReturn();
	}

	private long accountsOf(long githubId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE provider = 'github' AND uid = ?")
			.param(String.valueOf(githubId))
			.query(Long.class)
			.single();
	}

}
