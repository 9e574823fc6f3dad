package io.restsocial.core.state;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTests {

	@Test
	void s256WhenRfc7636AppendixBVerifierThenItsChallenge() {
		assertThat(Pkce.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
			.isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	@Test
	void newVerifierWhenMadeThen43UnreservedCharactersAndUnique() {
		String verifier = Pkce.newVerifier();
		assertThat(verifier).hasSize(43);
		assertThat(Pkce.isValidVerifier(verifier)).isTrue();
		assertThat(Pkce.newVerifier()).isNotEqualTo(verifier);
	}

	@Test
	void isValidVerifierWhenOutsideTheRfcThenFalse() {
		assertThat(Pkce.isValidVerifier("a".repeat(42))).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(129))).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(42) + "+")).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(42) + " ")).isFalse();
		assertThat(Pkce.isValidVerifier(null)).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(43))).isTrue();
		assertThat(Pkce.isValidVerifier("A-._~".repeat(25) + "abc")).isTrue();
	}

}
