package io.restsocial.boot.security;

import jakarta.servlet.http.Cookie;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A browser logged in by session: its session and the {@code XSRF-TOKEN} cookie it holds, which
 * it sends with every request, whoever's page made it.
 *
 * @param session the session
 * @param xsrf the CSRF cookie
 * @param userId the logged-in user's id
 */
public record Browser(MockHttpSession session, Cookie xsrf, long userId) {

	/**
	 * Log in by session as a front-end does: get the CSRF token, post the code with it.
	 * @param mvc the application
	 * @param code the provider's code
	 * @return the browser
	 * @throws Exception when a request fails
	 */
	public static Browser loginBySession(MockMvc mvc, String code) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		MvcResult csrf = mvc.perform(get("/api/login/social/csrf/")).andReturn();
		String token = json.readTree(csrf.getResponse().getContentAsString()).get("token").asString();
		MvcResult login = mvc
			.perform(post("/api/login/social/session/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\"}")
				.cookie(csrf.getResponse().getCookie("XSRF-TOKEN"))
				.header("X-XSRF-TOKEN", token))
			.andExpect(status().isOk())
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		Cookie rotated = login.getResponse().getCookie("XSRF-TOKEN");
		assertThat(rotated).isNotNull();
		long id = json.readTree(login.getResponse().getContentAsString()).get("id").asLong();
		return new Browser(session, rotated, id);
	}

	/**
	 * What a cross-site page makes this browser send: its cookies, a hostile {@code Origin}, and
	 * no CSRF header (the page cannot read the cookie).
	 * @param request the request the page makes
	 * @return the request
	 */
	public MockHttpServletRequestBuilder crossSite(MockHttpServletRequestBuilder request) {
		return request.session(this.session).cookie(this.xsrf).header("Origin", "https://evil.example");
	}

	/**
	 * What the application's own page makes this browser send: its cookies and the CSRF header.
	 * @param request the request the page makes
	 * @return the request
	 */
	public MockHttpServletRequestBuilder sameSite(MockHttpServletRequestBuilder request) {
		return request.session(this.session).cookie(this.xsrf).header("X-XSRF-TOKEN", this.xsrf.getValue());
	}

}
