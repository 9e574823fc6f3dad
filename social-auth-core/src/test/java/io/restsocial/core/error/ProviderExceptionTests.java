package io.restsocial.core.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's error text is cleaned where the exception is made, so that no log line or message
 * carries what the provider chose to put in it beyond one line of bounded length.
 */
class ProviderExceptionTests {

	@Test
	void providerMessageWhenItForgesLogLinesThenOneLine() {
		ProviderException ex = new ProviderException("github", "refused",
				"bad_verification_code\r\n2026-06-01 12:00:00 ERROR [main] Admin password reset\n\tat evil"
						+ "\u2028x\u001b[31m");
		assertThat(ex.getProviderMessage())
			.isEqualTo("bad_verification_code 2026-06-01 12:00:00 ERROR [main] Admin password reset at evil x [31m")
			.doesNotContainPattern("\\p{Cntrl}");
	}

	@Test
	void providerMessageWhenLongThenCutWithAnEllipsis() {
		ProviderException ex = new ProviderException("github", "refused", "x".repeat(10_000));
		assertThat(ex.getProviderMessage()).hasSize(ProviderException.MAX_PROVIDER_MESSAGE_LENGTH + 3).endsWith("...");
		assertThat(new ProviderException("github", "refused", "y".repeat(300)).getProviderMessage()).hasSize(300);
	}

	@Test
	void providerMessageWhenOnlyControlCharactersOrBidiOverridesThenNone() {
		assertThat(new ProviderException("github", "refused", "\r\n\t ").getProviderMessage()).isNull();
		assertThat(new ProviderException("github", "refused", "a\u202Eb").getProviderMessage()).isEqualTo("a b");
		assertThat(new ProviderException("github", "refused", null).getProviderMessage()).isNull();
	}

}
