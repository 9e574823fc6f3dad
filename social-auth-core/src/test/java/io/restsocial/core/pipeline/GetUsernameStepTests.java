package io.restsocial.core.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Django's {@code clean_username}, as python-social-auth applies it.
 */
class GetUsernameStepTests {

	@Test
	void cleanWhenSpacesThenRemoved() {
		assertThat(GetUsernameStep.clean("Jane Doe")).isEqualTo("JaneDoe");
	}

	@Test
	void cleanWhenAllowedPunctuationThenKept() {
		assertThat(GetUsernameStep.clean("jane.doe+x@mail-1_a")).isEqualTo("jane.doe+x@mail-1_a");
	}

	@Test
	void cleanWhenUnicodeLettersThenKeptAndSymbolsDropped() {
		assertThat(GetUsernameStep.clean("Jérôme <script>!")).isEqualTo("Jérômescript");
	}

	// Python's \w, which python-social-auth's clean_username uses, has no combining marks or
	// joiners; Django's normalize_username applies NFKC.
	@Test
	void cleanWhenInvisibleOrFullWidthCharactersThenTheNameTheyLookLike() {
		assertThat(GetUsernameStep.clean("admin\u200D")).isEqualTo("admin");
		assertThat(GetUsernameStep.clean("adm\u034Fin")).isEqualTo("admin");
		assertThat(GetUsernameStep.clean("admin\uFE0F")).isEqualTo("admin");
		assertThat(GetUsernameStep.clean("\uFF41\uFF44\uFF4D\uFF49\uFF4E")).isEqualTo("admin");
		assertThat(GetUsernameStep.clean("Je\u0301ro\u0302me")).isEqualTo("J\u00E9r\u00F4me");
		assertThat(GetUsernameStep.clean("user_\u0663")).isEqualTo("user_\u0663");
	}

	// python-social-auth's SlugifyTest vectors, then what the ASCII-only rule does to accents and emails.
	@Test
	void slugifyWhenPythonSocialAuthVectorsThenSameSlugs() {
		assertThat(GetUsernameStep.slugify("FooBar")).isEqualTo("foobar");
		assertThat(GetUsernameStep.slugify("Foo Bar")).isEqualTo("foo-bar");
		assertThat(GetUsernameStep.slugify("Foo (Bar)")).isEqualTo("foo-bar");
	}

	@Test
	void slugifyWhenAccentsEmailsAndOtherScriptsThenAsciiOnly() {
		assertThat(GetUsernameStep.slugify("Zoë  O'Brien -- Jr")).isEqualTo("zoe-obrien-jr");
		assertThat(GetUsernameStep.slugify("jane.doe+x@example.com")).isEqualTo("janedoexexamplecom");
		assertThat(GetUsernameStep.slugify("Ｆｕｌｌｗｉｄｔｈ")).isEqualTo("fullwidth");
		assertThat(GetUsernameStep.slugify("日本語")).isEmpty();
	}

	@Test
	void pipelineBuilderWhenStepMissingThenClearError() {
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> Pipeline.builder(Pipeline.of(java.util.List.of(new SocialDetailsStep())))
				.remove(UserDetailsStep.class))
			.withMessageContaining("UserDetailsStep");
	}

}
