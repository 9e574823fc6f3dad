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
