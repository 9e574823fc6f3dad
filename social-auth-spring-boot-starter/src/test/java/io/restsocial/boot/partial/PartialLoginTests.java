package io.restsocial.boot.partial;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.PipelineSettings;
import io.restsocial.core.pipeline.RequireEmailStep;
import io.restsocial.core.pipeline.SocialDetailsStep;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pipeline that asks for an email the provider did not give: the login answers 202 with a
 * partial token, and {@code social/complete/} finishes it as the original endpoint would. A state
 * the paused login came with is used up by the pause, and its binding cookie cleared.
 */
@Import(PartialLoginTests.RequireEmailPipeline.class)
class PartialLoginTests extends LoginTestSupport {

	private static final String ORIGIN = "http://localhost";

	@BeforeEach
	void clean() {
		github.user("p", 51, "private", "", "Pri Vate");
		github.stubFor(get("/user/emails").willReturn(okJson("[]")));
	}

	@Test
	void loginWhenProviderGivesNoEmailThen202AndCompletionAnswersLikeTheEndpoint() throws Exception {
		JsonNode paused = read(login("/api/login/social/token_user/github/").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.fields[0]").value("email")));
		assertThat(count()).isZero();

		JsonNode again = read(complete(paused, "nope").andExpect(status().isAccepted()));
		assertThat(again.get("message").asString()).contains("not an email address");

		complete(again, "private@example.com").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("private"))
			.andExpect(jsonPath("$.email").value("private@example.com"))
			.andExpect(jsonPath("$.token").exists());
		assertThat(count()).isOne();
		complete(again, "private@example.com").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("partial_token"));
	}

	// The attack: a paused login's state, learned from the callback URL (a Referer, the history),
	// replayed from the victim's browser with the attacker's code while the binding cookie lives.
	@Test
	void loginWhenPausedWithAStateThenTheStateIsUsedUpAndItsCookieCleared() throws Exception {
		github.user("p2", 52, "attacker", "", "At Tacker");
		MvcResult issued = this.mvc.perform(post("/api/login/social/state/github/").header("Origin", ORIGIN))
			.andExpect(status().isOk())
			.andReturn();
		String state = this.json.readTree(issued.getResponse().getContentAsString()).get("state").asString();
		Cookie binding = issued.getResponse().getCookies()[0];

		MvcResult paused = this.mvc
			.perform(stateLogin("p", state).header("Origin", ORIGIN).cookie(binding))
			.andExpect(status().isAccepted())
			.andReturn();
		Cookie cleared = paused.getResponse().getCookie(binding.getName());
		assertThat(cleared).as("the binding cookie is cleared").isNotNull();
		assertThat(cleared.getMaxAge()).isZero();

		this.mvc.perform(stateLogin("p2", state).header("Origin", ORIGIN).cookie(binding))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("state"))
			.andExpect(jsonPath("$.error").value(containsString("already used")));
		assertThat(count()).isZero();
		complete(read(paused), "private@example.com").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("private"));
	}

	@Test
	void completeWhenNoTokenThen400() throws Exception {
		this.mvc.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"a@b.c\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("partial_token"));
	}

	@Test
	void completeWhenPausedAtTheSessionEndpointThenSessionStartedWithTheCsrfToken() throws Exception {
		Cookie cookie = csrfCookie();
		JsonNode paused = pausedSessionLogin(cookie);
		var result = this.mvc
			.perform(completion(paused, "s@example.com").cookie(cookie).header("X-XSRF-TOKEN", cookie.getValue()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").doesNotExist())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNotNull();
	}

	// Login CSRF: the attacker pauses a session login of their own, then a hostile page makes the
	// victim's browser complete it, which would log the victim in as the attacker.
	@Test
	void completeWhenPausedSessionLoginCompletedCrossSiteWithoutCsrfHeaderThen403AndNothingWritten()
			throws Exception {
		JsonNode paused = pausedSessionLogin(csrfCookie());
		this.mvc.perform(completion(paused, "a@evil.example").header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(completion(paused, "a@evil.example").header("Origin", "https://evil.example")
				.cookie(new Cookie("XSRF-TOKEN", "planted"))
				.param("_csrf", "planted"))
			.andExpect(status().isForbidden());
		assertThat(count()).isZero();
	}

	private Cookie csrfCookie() throws Exception {
		MvcResult csrf = this.mvc.perform(MockMvcRequestBuilders.get("/api/login/social/csrf/"))
			.andExpect(status().isOk())
			.andReturn();
		return csrf.getResponse().getCookie("XSRF-TOKEN");
	}

	private JsonNode pausedSessionLogin(Cookie csrf) throws Exception {
		return read(this.mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"p\"}")
				.cookie(csrf)
				.header("X-XSRF-TOKEN", csrf.getValue()))
			.andExpect(status().isAccepted()));
	}

	private MockHttpServletRequestBuilder completion(JsonNode paused, String email) {
		return post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"partial_token\":\"" + paused.get("partial_token").asString() + "\",\"email\":\"" + email
					+ "\"}");
	}

	private MockHttpServletRequestBuilder stateLogin(String code, String state) {
		return post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"state\":\"" + state + "\"}");
	}

	private JsonNode read(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private ResultActions login(String path) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"p\"}"));
	}

	private ResultActions complete(JsonNode paused, String email) throws Exception {
		return this.mvc.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"partial_token\":\"" + paused.get("partial_token").asString() + "\",\"email\":\"" + email + "\"}"));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RequireEmailPipeline {

		@Bean
		Pipeline pipeline(UserService users, SocialAccountRepository accounts) {
			return Pipeline.builder(Pipeline.defaults(users, accounts, PipelineSettings.defaults()))
				.addAfter(SocialDetailsStep.class, new RequireEmailStep())
				.build();
		}

	}

}
