package io.restsocial.boot.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One {@link SocialUserJson} bean changes the user JSON everywhere: the login answers, the
 * {@code -user} JWTs' claims, {@code social/complete/} answers and the accounts resource's user.
 */
@Import(SocialUserJsonTests.ShoutingUserJson.class)
@TestPropertySource(properties = "rest.social.pipeline.require-email=true")
class SocialUserJsonTests extends LoginTestSupport {

	@Test
	void loginWhenUserJsonBeanThenAnswerHasItsFields() throws Exception {
		github.user("u", 61, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		JsonNode answer = loggedIn("/api/login/social/token_user/github/", "u");
		assertThat(answer.get("shout").asString()).isEqualTo("OCTOCAT");
		assertThat(answer.get("username").asString()).isEqualTo("octocat");
		assertThat(answer.get("token").asString()).isNotBlank();
		assertThat(loggedIn("/api/login/social/token/github/", "u").has("shout")).isFalse();
	}

	@Test
	void jwtUserLoginWhenUserJsonBeanThenClaimsHaveItsFieldsButNotTheTokensOwnAndRefreshKeepsThem() throws Exception {
		github.user("j", 62, "hubot", "hubot@github.com", "Hu Bot");
		JsonNode answer = loggedIn("/api/login/social/jwt-pair-user/github/", "j");
		assertThat(answer.get("shout").asString()).isEqualTo("HUBOT");
		for (String token : new String[] { answer.get("token").asString(), answer.get("refresh").asString() }) {
			JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
			assertThat(claims.getClaim("shout")).isEqualTo("HUBOT");
			assertThat(claims.getClaim("username")).isEqualTo("hubot");
			assertThat(claims.getClaim("user_id")).isEqualTo(answer.get("id").asLong());
			// The user JSON's id and a field named as a registered claim are not claims.
			assertThat(claims.getClaims()).doesNotContainKey("id");
			assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.ofEpochSecond(1));
		}
		JsonNode refreshed = this.json.readTree(this.mvc
			.perform(post("/api/login/token/refresh/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"refresh\":\"" + answer.get("refresh").asString() + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JWTClaimsSet access = SignedJWT.parse(refreshed.get("token").asString()).getJWTClaimsSet();
		assertThat(access.getClaim("shout")).isEqualTo("HUBOT");
		assertThat(access.getClaim("token_type")).isEqualTo("access");
		JWTClaimsSet sliding = SignedJWT
			.parse(loggedIn("/api/login/social/jwt-sliding-user/github/", "j").get("token").asString())
			.getJWTClaimsSet();
		assertThat(sliding.getClaim("shout")).isEqualTo("HUBOT");
		JWTClaimsSet withoutUser = SignedJWT
			.parse(loggedIn("/api/login/social/jwt-pair/github/", "j").get("token").asString())
			.getJWTClaimsSet();
		assertThat(withoutUser.getClaims()).doesNotContainKeys("shout", "username");
	}

	@Test
	void completeWhenUserJsonBeanThenAnswerHasItsFields() throws Exception {
		github.user("p", 63, "private", "", "Pri Vate");
		github.stubFor(WireMock.get("/user/emails").willReturn(okJson("[]")));
		JsonNode paused = this.json.readTree(postCode("/api/login/social/token_user/github/", "p")
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode answer = this.json.readTree(this.mvc
			.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"partial_token\":\"" + paused.get("partial_token").asString()
						+ "\",\"email\":\"private@example.com\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(answer.get("shout").asString()).isEqualTo("PRIVATE");
		assertThat(answer.get("email").asString()).isEqualTo("private@example.com");
		assertThat(answer.get("token").asString()).isNotBlank();
	}

	@Test
	void accountsUserWhenUserJsonBeanThenTheCallerInIt() throws Exception {
		github.user("a", 64, "acct", "acct@example.com", "Ac Count");
		JsonNode login = loggedIn("/api/login/social/token_user/github/", "a");
		JsonNode user = this.json.readTree(this.mvc
			.perform(get("/api/login/social/accounts/user/")
				.header("Authorization", "Token " + login.get("token").asString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(user.get("shout").asString()).isEqualTo("ACCT");
		assertThat(user.get("id").asLong()).isEqualTo(login.get("id").asLong());
		assertThat(user.get("email").asString()).isEqualTo("acct@example.com");
		assertThat(user.has("token")).isFalse();
		this.mvc
			.perform(get("/api/login/social/accounts/user/"))
			.andExpect(status().isUnauthorized());
	}

	/**
	 * The default fields, the username shouted, and a field that would overwrite the JWT's expiry
	 * if it were taken as a claim.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ShoutingUserJson {

		@Bean
		SocialUserJson shoutingUserJson() {
			return (user) -> {
				Map<String, Object> fields = SocialUserJson.defaults().write(user);
				fields.put("shout", user.username().toUpperCase(Locale.ROOT));
				fields.put("exp", 1);
				return fields;
			};
		}

	}

}
