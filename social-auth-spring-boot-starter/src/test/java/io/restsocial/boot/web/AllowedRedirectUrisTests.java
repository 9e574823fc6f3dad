package io.restsocial.boot.web;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code rest.social.allowed-redirect-uris}, attacked as a provider that does not pin redirect
 * URIs would let an attacker: a login or a state asked for with a {@code redirect_uri} of the
 * attacker's, where the provider would send the user's code, or none but an {@code Origin} or
 * {@code Host} of the attacker's, is refused before the provider is called; an allowed one logs
 * in.
 */
@TestPropertySource(
		properties = "rest.social.allowed-redirect-uris=https://app.example/cb,https://app.example/other,https://app.example/")
class AllowedRedirectUrisTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/github/";

	@Test
	void loginWhenRedirectUriNotAllowedThen400NamingItAndProviderNotCalled() throws Exception {
		github.user("r1", 111, "redirected", "r@example.com", "Re Directed");
		login("r1", "https://evil.example/cb").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("redirect_uri"));
		login("r1", "https://app.example/cb/../evil").andExpect(status().isBadRequest());
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	// No redirect_uri, but the redirect URI is joined to a host the request names: that is the
	// request's choice too.
	@Test
	void loginWhenNoRedirectUriButOriginOrHostOfTheAttackersThen400AndProviderNotCalled() throws Exception {
		github.user("r4", 114, "hosted", "h@example.com", "Hos Ted");
		this.mvc
			.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"r4\"}")
				.header("Origin", "https://evil.example"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("redirect_uri"));
		this.mvc
			.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"r4\"}").with((request) -> {
				request.setScheme("https");
				request.setServerName("evil.example");
				request.setServerPort(443);
				return request;
			}))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("redirect_uri"));
		github.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)));
	}

	@Test
	void loginWhenRedirectUriAllowedOrJoinedToAnAllowedHostThenLoggedIn() throws Exception {
		github.user("r2", 112, "allowed", "a@example.com", "Al Lowed");
		github.user("r3", 113, "origin", "o@example.com", "Ori Gin");
		login("r2", "https://app.example/other").andExpect(status().isOk());
		this.mvc
			.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"r3\"}")
				.header("Origin", "https://app.example"))
			.andExpect(status().isOk());
	}

	@Test
	void stateWhenRedirectUriNotAllowedThen400AndWhenAllowedInTheAuthorizationUrl() throws Exception {
		this.mvc.perform(post("/api/login/social/state/github/").param("redirect_uri", "https://evil.example/cb"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("redirect_uri"));
		this.mvc.perform(post("/api/login/social/state/github/").param("redirect_uri", "https://app.example/cb"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authorization_url").value(containsString("app.example")));
	}

	private ResultActions login(String code, String redirectUri) throws Exception {
		return this.mvc.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"redirect_uri\":\"" + redirectUri + "\"}"));
	}

}
