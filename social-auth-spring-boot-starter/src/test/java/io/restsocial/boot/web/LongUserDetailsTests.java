package io.restsocial.boot.web;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider answering user details longer than the {@code social_user} columns (a 151-character
 * first name, a 300-character username or email): the login succeeds with the values cut to the
 * columns, and usernames cut alike stay unique. A user id is never cut: one too long for its
 * column fails the login as an unusable answer.
 */
class LongUserDetailsTests extends LoginTestSupport {

	@Test
	void loginWhenProviderDetailsLongerThanColumnsThenCutToThemAndUsernamesStayUnique() throws Exception {
		String login = "l".repeat(300);
		String email = "e".repeat(290) + "@example.com";
		String first = "F".repeat(151);
		String last = "L".repeat(400);
		stubUser("code-long-1", 9001, login, email, first + " " + last);
		stubUser("code-long-2", 9002, login, "other@example.com", first + "\u0000x " + last);
		for (String code : List.of("code-long-1", "code-long-2")) {
			this.mvc
				.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"" + code + "\"}"))
				.andExpect(status().isOk());
		}
		List<Map<String, Object>> users = this.jdbc
			.sql("SELECT username, email, first_name, last_name FROM social_user ORDER BY id")
			.query()
			.listOfRows();
		assertThat(users).hasSize(2);
		assertThat(users).extracting((row) -> (String) row.get("USERNAME"))
			.allSatisfy((username) -> assertThat(username).hasSizeLessThanOrEqualTo(150).startsWith("lll"))
			.doesNotHaveDuplicates();
		assertThat((String) users.get(0).get("EMAIL")).isEqualTo(email.substring(0, 254));
		assertThat((String) users.get(0).get("FIRST_NAME")).isEqualTo(first.substring(0, 150));
		assertThat((String) users.get(0).get("LAST_NAME")).isEqualTo(last.substring(0, 150));
		assertThat((String) users.get(1).get("FIRST_NAME")).isEqualTo(first.substring(0, 150));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void loginWhenNameCutInsideASurrogatePairThenTheWholeCharacterIsLeftOut() throws Exception {
		String first = "a".repeat(149) + "\uD83D\uDE00";
		stubUser("code-emoji", 9003, "emoji", "emoji@example.com", first + " B");
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-emoji\"}"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("SELECT first_name FROM social_user").query(String.class).single())
			.isEqualTo("a".repeat(149));
	}

	@Test
	void loginAgainWhenNamesLongerThanColumnsThenUpdatedCut() throws Exception {
		stubUser("code-again-1", 9004, "again", "again@example.com", "Short Name");
		stubUser("code-again-2", 9004, "again", "again@example.com", "G".repeat(200) + " " + "H".repeat(200));
		for (String code : List.of("code-again-1", "code-again-2")) {
			this.mvc
				.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"" + code + "\"}"))
				.andExpect(status().isOk());
		}
		assertThat(this.jdbc.sql("SELECT first_name FROM social_user").query(String.class).single())
			.isEqualTo("G".repeat(150));
	}

	@Test
	void loginWhenProviderUserIdLongerThanItsColumnThen502AndNothingWritten() throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(okJson("{\"access_token\":\"gho_uid\",\"token_type\":\"bearer\"}")));
		github.stubFor(WireMock.get("/user")
			.willReturn(okJson("{\"login\":\"longid\",\"id\":\"" + "9".repeat(256) + "\",\"name\":\"L I\"}")));
		this.mvc
			.perform(post("/api/login/social/token_user/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"code-uid\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.error").value(containsString("user id longer than 255")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isZero();
	}

	// GitHub's user shape, with values written as JSON strings (escapes included).
	private static void stubUser(String code, long id, String login, String email, String name) {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH).withFormParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"gho_" + code
					+ "\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}")));
		github.stubFor(WireMock.get("/user").withHeader("Authorization", equalTo("token gho_" + code))
			.willReturn(okJson("{\"login\":\"" + login + "\",\"id\":" + id + ",\"type\":\"User\",\"name\":\""
					+ name.replace("\u0000", "\\u0000") + "\",\"email\":\"" + email + "\"}")));
	}

}
