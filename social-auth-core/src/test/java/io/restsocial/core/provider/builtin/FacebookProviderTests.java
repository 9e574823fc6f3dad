package io.restsocial.core.provider.builtin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacebookProviderTests {

	@Test
	void appSecretProofWhenPublishedHmacSha256VectorThenSameDigest() {
		// The HMAC-SHA256 example of RFC 4231's companion set, as published on Wikipedia's HMAC page.
		assertThat(FacebookProvider.appSecretProof("key", "The quick brown fox jumps over the lazy dog"))
			.isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void detailsWhenNoUsernameThenNameWhichThePipelineCleans() {
		var details = FacebookProvider.definition()
			.getDetailsMapper()
			.apply(java.util.Map.of("id", "1", "name", "Jane Doe"));
		assertThat(details.username()).isEqualTo("Jane Doe");
		assertThat(details.firstName()).isEqualTo("Jane");
	}

}
