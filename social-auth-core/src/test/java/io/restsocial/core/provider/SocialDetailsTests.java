package io.restsocial.core.provider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same outcomes as python-social-auth's {@code BaseAuth.get_user_names}.
 */
class SocialDetailsTests {

	@Test
	void ofWhenOnlyFullNameThenSplitOnFirstSpace() {
		SocialDetails details = SocialDetails.of("u", "e", "Mona Lisa Octocat", null, null);
		assertThat(details.firstName()).isEqualTo("Mona");
		assertThat(details.lastName()).isEqualTo("Lisa Octocat");
		assertThat(details.fullName()).isEqualTo("Mona Lisa Octocat");
	}

	@Test
	void ofWhenSingleWordFullNameThenFirstNameOnly() {
		SocialDetails details = SocialDetails.of("u", "e", "Cher", "", "");
		assertThat(details.firstName()).isEqualTo("Cher");
		assertThat(details.lastName()).isEmpty();
	}

	@Test
	void ofWhenOnlyFirstAndLastThenJoinedFullName() {
		SocialDetails details = SocialDetails.of("u", "e", null, "Jane", "Doe");
		assertThat(details.fullName()).isEqualTo("Jane Doe");
	}

	@Test
	void ofWhenAllGivenThenKept() {
		SocialDetails details = SocialDetails.of("u", "e", "Jane Q. Doe", "Jane", "Doe");
		assertThat(details).isEqualTo(new SocialDetails("u", "e", "Jane Q. Doe", "Jane", "Doe"));
	}

	@Test
	void ofWhenNothingThenEmptyStrings() {
		SocialDetails details = SocialDetails.of(null, null, null, null, null);
		assertThat(details.fullName()).isEmpty();
		assertThat(details.username()).isEmpty();
	}

}
