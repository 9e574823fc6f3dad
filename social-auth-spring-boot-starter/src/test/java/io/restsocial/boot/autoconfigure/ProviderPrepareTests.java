package io.restsocial.boot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What each provider's first login would make (its token client, its ID token decoder) is made
 * once the application is ready, on the preinitializer's thread, and not at start; making it calls
 * no provider (issue 9).
 */
class ProviderPrepareTests {

	@RegisterExtension
	static final WireMockExtension provider = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ApplicationContextRunner runner = ProviderClientContexts.runner();

	@Test
	void providersWhenApplicationReadyThenEachPreparedOnceInTheBackgroundWithoutCallingItsProvider() {
		// The background pre-initialization is off on one CPU, as Boot's own is.
		assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one CPU: no background pre-initialization");
		this.runner.withUserConfiguration(CountingProvider.class)
			.withPropertyValues("rest.social.providers.google-oauth2.client-id=google-id",
					"rest.social.providers.google-oauth2.client-secret=google-secret",
					"rest.social.providers.google-oauth2.token-uri=" + provider.baseUrl() + "/token",
					"rest.social.providers.google-oauth2.jwk-set-uri=" + provider.baseUrl() + "/certs")
			.run((context) -> {
				AtomicInteger prepared = context.getBean(CountingProvider.class).prepared;
				assertThat(context.getBean(ProviderRegistry.class).find("google-oauth2")).isPresent();
				assertThat(prepared).hasValue(0);
				context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
						context.getSourceApplicationContext(), Duration.ZERO));
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(prepared).hasValue(1));
				// Google's, registered before it and so run before it, asked its provider for nothing:
				// no discovery document, no keys.
				assertThat(provider.getAllServeEvents()).isEmpty();
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CountingProvider {

		final AtomicInteger prepared = new AtomicInteger();

		@Bean
		SocialProvider countingProvider() {
			return new InertSocialProvider("counting") {

				@Override
				public void prepare() {
					CountingProvider.this.prepared.incrementAndGet();
				}

			};
		}

	}

}
