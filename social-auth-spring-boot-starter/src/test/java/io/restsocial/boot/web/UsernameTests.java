package io.restsocial.boot.web;

import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's username, attacked as an impersonator would: with
 * {@code username-is-full-email}, an address the provider did not verify never becomes a
 * username; and a name that differs from a taken one only by invisible characters, or by
 * full-width letters, is that name, so it gets the random suffix of a taken name.
 */
@TestPropertySource(properties = "rest.social.pipeline.username-is-full-email=true")
class UsernameTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/github/";

	@Test
	void loginWhenEmailVerifiedThenItIsTheUsername() throws Exception {
		github.userWithEmail("ceo", 91, "the-ceo", "ceo@example.com", true);
		assertThat(loggedIn(LOGIN, "ceo").get("username").asString()).isEqualTo("ceo@example.com");
	}

	@Test
	void loginWhenEmailUnverifiedThenTheProvidersUsernameInstead() throws Exception {
		github.userWithEmail("fake-ceo", 92, "mallory", "ceo@example.com", false);
		assertThat(loggedIn(LOGIN, "fake-ceo").get("username").asString()).isEqualTo("mallory");
	}

	@Test
	void loginWhenNameDiffersFromATakenOneOnlyByInvisibleOrFullWidthCharactersThenSuffixed() throws Exception {
		github.userWithEmail("admin", 93, "admin", "admin@example.com", false);
		assertThat(loggedIn(LOGIN, "admin").get("username").asString()).isEqualTo("admin");
		String[] lookAlikes = { "admin\u200D", "adm\u034Fin", "admin\uFE0F", "\uFF41\uFF44\uFF4D\uFF49\uFF4E" };
		for (int i = 0; i < lookAlikes.length; i++) {
			github.userWithEmail("look-alike-" + i, 94 + i, lookAlikes[i], "", false);
			assertThat(loggedIn(LOGIN, "look-alike-" + i).get("username").asString()).as(lookAlikes[i])
				.matches("admin[0-9a-f]{16}");
		}
	}

}
