package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answers written from typed records keep the fields, their order and their absence that
 * the maps they replaced had, byte for byte.
 */
class TypedAnswersTests extends LoginTestSupport {

	@Test
	void stateWhenOAuth2ProviderThenStateExpiryAndUrlInThatOrderAndNoAbsentFields() throws Exception {
		String body = this.mvc.perform(post("/api/login/social/state/github/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).matches("\\{\"state\":\"[^\"]+\",\"expires_at\":\"[^\"]+Z\",\"authorization_url\":\"[^\"]+\"}");
	}

	@Test
	void csrfWhenAskedThenTokenThenHeader() throws Exception {
		String body = this.mvc.perform(get("/api/login/social/csrf/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).matches("\\{\"token\":\"[^\"]+\",\"header\":\"X-XSRF-TOKEN\"}");
	}

	@Test
	void accountsWhenLoggedInThenEachAccountsFieldsInThatOrder() throws Exception {
		github.user("t", 71, "typed", "typed@example.com", "Ty Ped");
		String token = loggedIn("/api/login/social/token/github/", "t").get("token").asString();
		String body = this.mvc.perform(get("/api/login/social/accounts/").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).matches("\\[\\{\"id\":\\d+,\"provider\":\"github\",\"uid\":\"71\",\"created\":\"[^\"]+Z\","
				+ "\"modified\":\"[^\"]+Z\"}]");
	}

}
