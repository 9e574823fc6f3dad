package io.restsocial.core.provider.builtin;

import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LinkedIn's states issue a nonce, as python-social-auth sends one; how a code exchange's ID token
 * without it or with another one is judged is in LinkedIn's contract. A native app's ID token
 * must carry it, as any provider's.
 */
class LinkedInProviderTests {

	@Test
	void usesNonceWhenLinkedInThenStatesIssueOneThoughLinkedInMayNotEchoIt() {
		OAuth2Provider provider = new OAuth2Provider(LinkedInProvider.definition(),
				ProviderRegistration.withName(LinkedInProvider.NAME).clientId("client-1").clientSecret("secret-1").build(),
				TestHttp.client());

		assertThat(provider.usesNonce()).isTrue();
		assertThat(LinkedInProvider.definition().getIdToken().nonceEchoed()).isFalse();
	}

}
