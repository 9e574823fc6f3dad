package io.restsocial.example;

import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real provider configured as Boot's client registration, which logs in as well, also makes
 * the demo provider step aside: its "sign in as anyone" login must not sit beside a real one.
 */
@SpringBootTest(properties = { "spring.security.oauth2.client.registration.google.client-id=real-id",
		"spring.security.oauth2.client.registration.google.client-secret=real-secret" })
class DemoSwitchClientRegistrationTests {

	@Autowired
	private ProviderRegistry providers;

	// The example has no Boot OAuth 2.0 client module, so the registration makes no provider here;
	// an application that adds it logs in with it, and the demo must be gone either way.
	@Test
	void registryWhenBootClientRegistrationThenNoDemo() {
		assertThat(this.providers.providers()).extracting(SocialProvider::name).doesNotContain("demo", "demo-oauth1");
	}

}
