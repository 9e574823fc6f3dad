package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * django-rest-social-auth's knox paths: {@code social/knox/} and {@code social/knox_user/} answer
 * as {@code opaque/} and {@code opaque_user/}, so that its front-ends work unchanged.
 */
class KnoxPathsTests extends LoginTestSupport {

	@Test
	void loginWhenKnoxPathsThenOpaqueTokensThatAuthenticate() throws Exception {
		github.user("knox", 91, "knoxie", "knoxie@example.com", "Knox Ie");
		JsonNode knox = loggedIn("/api/login/social/knox/github/", "knox");
		assertThat(knox.has("username")).isFalse();
		assertThat(knox.get("token").asString()).isNotBlank();
		assertThat(knox.has("expiry")).isTrue();
		JsonNode knoxUser = loggedIn("/api/login/social/knox_user/github/", "knox");
		assertThat(knoxUser.get("username").asString()).isEqualTo("knoxie");
		assertThat(count("social_opaque_token")).isEqualTo(2);
		for (JsonNode answer : new JsonNode[] { knox, knoxUser }) {
			this.mvc.perform(get("/api/login/social/accounts/").header("Authorization",
					"Token " + answer.get("token").asString()))
				.andExpect(status().isOk());
		}
	}

}
