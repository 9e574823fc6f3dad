package io.restsocial.core.http;

import io.restsocial.core.provider.builtin.FacebookProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseParserTests {

	@Test
	void parseObjectWhenJsonThenFields() {
		assertThat(ResponseParser.parseObject("{\"access_token\":\"a\",\"expires_in\":3600}"))
			.containsEntry("access_token", "a")
			.containsEntry("expires_in", 3600);
	}

	@Test
	void parseObjectWhenFormEncodedThenDecodedFields() {
		assertThat(ResponseParser.parseObject("access_token=a%2Bb&scope=user%3Aemail&token_type=bearer"))
			.containsEntry("access_token", "a+b")
			.containsEntry("scope", "user:email")
			.containsEntry("token_type", "bearer");
	}

	@Test
	void parseObjectWhenHtmlOrBrokenJsonThenNull() {
		assertThat(ResponseParser.parseObject("<html><body>Bad gateway</body></html>")).isNull();
		assertThat(ResponseParser.parseObject("{\"access_token\":")).isNull();
		assertThat(ResponseParser.parseObject("")).isNull();
	}

	@Test
	void parseArrayWhenJsonArrayThenElements() {
		assertThat(ResponseParser.parseArray("[{\"email\":\"a@b.c\"}]")).hasSize(1);
		assertThat(ResponseParser.parseArray("{}")).isNull();
	}

	@Test
	void errorTextWhenFacebookErrorObjectThenItsMessage() {
		assertThat(FacebookProvider.ERRORS.text(java.util.Map.of("error",
				java.util.Map.of("message", "This authorization code has expired.", "type", "OAuthException"))))
			.isEqualTo("This authorization code has expired.");
	}

	@Test
	void errorTextWhenOAuthErrorThenCodeAndDescription() {
		assertThat(ProviderResponse.Errors.RFC_6749.text(
				java.util.Map.of("error", "bad_verification_code", "error_description", "The code is expired.")))
			.isEqualTo("bad_verification_code: The code is expired.");
	}

}
