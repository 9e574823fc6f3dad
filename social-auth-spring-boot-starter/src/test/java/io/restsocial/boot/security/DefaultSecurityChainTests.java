package io.restsocial.boot.security;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The starter's default filter chain, for an application that has none of its own (the test
 * app): its state-changing endpoints keep CSRF protection for the session cookie, only a
 * rest-social-auth credential in the Authorization header skips it, an endpoint under the login
 * base path stays the application's, and Actuator's health stays open.
 */
@TestPropertySource(properties = { "management.endpoints.web.exposure.include=health,info,metrics,env",
		"management.info.env.enabled=true", "info.app.name=demo" })
class DefaultSecurityChainTests extends LoginTestSupport {

	private Browser victim;

	@BeforeEach
	void victimLoggedInBySession() throws Exception {
		github.user("victim", 1, "victim", "victim@example.com", "Vic Tim");
		this.victim = Browser.loginBySession(this.mvc, "victim");
	}

	@Test
	void appPostWhenCrossSiteWithSessionCookieThen403() throws Exception {
		this.mvc.perform(this.victim.crossSite(post("/api/notes")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void appPostWhenSessionCookieWithCsrfTokenThen200() throws Exception {
		this.mvc.perform(this.victim.sameSite(post("/api/notes")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.by").value("victim"));
	}

	@Test
	void appPostWhenSessionCookieWithForeignAuthorizationSchemeThen403() throws Exception {
		this.mvc.perform(this.victim.crossSite(post("/api/notes")).header("Authorization", "Foo bar"))
			.andExpect(status().isForbidden());
	}

	@Test
	void appPostWhenTokenHeaderThenNoCsrfTokenNeeded() throws Exception {
		github.user("api", 2, "api-client", "api@example.com", "Api Client");
		String token = JsonMapper.builder()
			.build()
			.readTree(this.mvc
				.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"api\"}"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("token")
			.asString();
		this.mvc.perform(post("/api/notes").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.by").value("api-client"));
	}

	@Test
	void appPostWhenInvalidTokenHeaderWithSessionCookieThen401() throws Exception {
		this.mvc.perform(this.victim.crossSite(post("/api/notes")).header("Authorization", "Token " + "0".repeat(64)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void appEndpointUnderLoginBasePathWhenAnonymousThen401() throws Exception {
		this.mvc.perform(get("/api/login/custom"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void appEndpointUnderLoginBasePathWhenCrossSiteWithSessionCookieThen403() throws Exception {
		this.mvc.perform(this.victim.crossSite(post("/api/login/custom"))).andExpect(status().isForbidden());
		this.mvc.perform(this.victim.sameSite(post("/api/login/custom")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.by").value("victim"));
	}

	@Test
	void actuatorHealthWhenAnonymousThen200() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	// As Boot's own management security since 2.5: info can carry the build, the Git commit and
	// info.* properties, so it needs a credential as every endpoint but health does.
	@Test
	void actuatorInfoWhenAnonymousThen401() throws Exception {
		this.mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
	}

	@Test
	void otherActuatorEndpointsWhenAnonymousThen401() throws Exception {
		this.mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
	}

}
