package io.restsocial.example;

import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With real keys the demo provider steps aside, and the app is driven by properties alone.
 */
@SpringBootTest(properties = { "rest.social.providers.github.client-id=real-id",
		"rest.social.providers.github.client-secret=real-secret",
		"rest.social.providers.github.token-uri=http://127.0.0.1:1/token" })
class DemoSwitchTests {

	@Autowired
	private ProviderRegistry providers;

	@Test
	void registryWhenRealKeysThenRealProviderAndNoDemo() {
		assertThat(this.providers.providers()).extracting(SocialProvider::name).containsExactly("github");
	}

}
