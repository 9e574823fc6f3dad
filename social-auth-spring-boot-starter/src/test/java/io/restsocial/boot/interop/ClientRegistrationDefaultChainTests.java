package io.restsocial.boot.interop;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application with client registrations and no filter chain of its own keeps the browser
 * login Boot's default chain gave it ({@code /oauth2/authorization/<id>} goes to the provider)
 * under the starter's default chain, whose API answers are unchanged: REST logins, and a 401
 * problem for an anonymous API call.
 */
class ClientRegistrationDefaultChainTests extends ClientRegistrationTestSupport {

	@Test
	void oauth2AuthorizationWhenNoAppChainThenRedirectsToTheProviderWithTheClientId() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/github"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location",
					allOf(startsWith(github.baseUrl() + "/login/oauth/authorize?"),
							containsString("client_id=gh-reg-client"), containsString("response_type=code"),
							containsString("state="))));
	}

	@Test
	void restLoginWhenNoAppChainThenItsTokenAuthenticatesTheAppsEndpoints() throws Exception {
		String token = octocatToken();
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
	}

	@Test
	void anonymousApiCallWhenNoAppChainThen401Problem() throws Exception {
		this.mvc.perform(get("/api/me").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").exists());
	}

	@Test
	void appPostWithoutCsrfTokenWhenNoAppChainThen403() throws Exception {
		// oauth2Login() leaves the chain's CSRF protection as it was (without it, this would be a 401).
		this.mvc.perform(post("/api/notes")).andExpect(status().isForbidden());
	}

}
