package io.restsocial.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.http.ProviderHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The provider client's {@code RestClient.Builder}: the application's customizers on Boot's
 * builder, without Boot building a request factory that the provider client would throw away,
 * or the application's own builder as it is.
 */
class ProviderRestClientBuilderSourceTests {

	@RegisterExtension
	static final WireMockExtension provider = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ApplicationContextRunner runner = ProviderClientContexts.runner();

	@Test
	void providerClientWhenBootsRestClientBuilderThenOneRequestFactoryBuiltAndCustomizersApplied() {
		this.runner.withUserConfiguration(CountingRequestFactories.class, AppCustomizer.class).run((context) -> {
			ProviderHttpClient http = context.getBean(ProviderHttpClient.class);
			call(http);
			call(http);
			// Boot's builder bean would have built one more, for nothing.
			assertThat(context.getBean(CountingRequestFactories.class).builds).hasValue(1);
			provider.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("X-App-Client", equalTo("customized")));
		});
	}

	@Test
	void providerClientWhenStartedThenRequestFactoryBuiltAtFirstCall() {
		this.runner.withUserConfiguration(CountingRequestFactories.class).run((context) -> {
			ProviderHttpClient http = context.getBean(ProviderHttpClient.class);
			// Apache HttpClient's pool and the TLS context are a login's, not the start's (issue 9).
			assertThat(context.getBean(CountingRequestFactories.class).builds).hasValue(0);
			call(http);
			assertThat(context.getBean(CountingRequestFactories.class).builds).hasValue(1);
		});
	}

	@Test
	void providerClientWhenApplicationReadyThenRequestFactoryBuiltInTheBackground() {
		// The background pre-initialization is off on one CPU, as Boot's own is.
		assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one CPU: no background pre-initialization");
		this.runner.withUserConfiguration(CountingRequestFactories.class).run((context) -> {
			AtomicInteger builds = context.getBean(CountingRequestFactories.class).builds;
			assertThat(builds).hasValue(0);
			context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
					context.getSourceApplicationContext(), Duration.ZERO));
			// Made after the start rather than by the first login, which then finds it.
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(builds).hasValue(1));
			call(context.getBean(ProviderHttpClient.class));
			assertThat(builds).hasValue(1);
		});
	}

	@Test
	void providerClientWhenAppDeclaresItsOwnRestClientBuilderThenItIsUsed() {
		this.runner.withUserConfiguration(AppBuilder.class, AppCustomizer.class).run((context) -> {
			call(context.getBean(ProviderHttpClient.class));
			// Boot's builder backs off, and with it the customizers it would apply.
			provider.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("X-App-Client", equalTo("own-builder"))
				.withoutHeader("X-App-Customized"));
		});
	}

	private static void call(ProviderHttpClient http) {
		provider.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"id\":1}")));
		assertThat(http.get("test", URI.create(provider.baseUrl() + "/user"), (headers) -> {
		}).body()).isEqualTo("{\"id\":1}");
	}

	@Configuration(proxyBeanMethods = false)
	static class CountingRequestFactories {

		final AtomicInteger builds = new AtomicInteger();

		@Bean
		ClientHttpRequestFactoryBuilder<SimpleClientHttpRequestFactory> countingRequestFactoryBuilder() {
			return (settings) -> {
				this.builds.incrementAndGet();
				return new SimpleClientHttpRequestFactory();
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AppCustomizer {

		@Bean
		RestClientCustomizer appCustomizer() {
			return (builder) -> builder.defaultHeader("X-App-Client", "customized")
				.defaultHeader("X-App-Customized", "yes");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AppBuilder {

		@Bean
		RestClient.Builder appRestClientBuilder() {
			return RestClient.builder().defaultHeader("X-App-Client", "own-builder");
		}

	}

}
