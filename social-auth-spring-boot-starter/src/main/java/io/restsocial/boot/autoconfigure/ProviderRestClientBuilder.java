package io.restsocial.boot.autoconfigure;

import java.net.http.HttpClient;

import io.micrometer.observation.ObservationRegistry;
import io.restsocial.boot.observation.ProviderClientRequestObservationConvention;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient} that every provider call goes through, from what Boot
 * auto-configures for the application's own clients: a copy of its {@link RestClient.Builder}
 * (so its {@code RestClientCustomizer}s, message converters and observations apply) and a
 * request factory from its {@link ClientHttpRequestFactoryBuilder} and {@link HttpClientSettings}
 * ({@code spring.http.clients.*}: the factory kind and the SSL bundle).
 * <p>
 * Its observations go to the application's {@code ObservationRegistry}, named by a
 * {@link ProviderClientRequestObservationConvention}: Spring's {@code http.client.requests}, tagged
 * with the provider, without the query of the URL.
 * <p>
 * The request factory always takes {@code rest.social.http}'s timeouts and never follows a
 * redirect. With Apache HttpClient 5 (the starter's dependency, so the one Boot detects), calls
 * run on the caller's thread over pooled keep-alive connections: no thread is started per call.
 * The JDK client is made to speak HTTP/1.1, since its h2c upgrade on plain {@code http://} breaks
 * some servers.
 */
final class ProviderRestClientBuilder {

	// Apache's classes are touched only when present: an application may exclude them.
	private static final String HTTP_COMPONENTS = "org.apache.hc.client5.http.impl.classic.HttpClients";

	private ProviderRestClientBuilder() {
	}

	static RestClient build(RestSocialProperties.Http http, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObservationRegistry observations,
			ProviderClientRequestObservationConvention convention, ClassLoader classLoader,
			RestSocialPreinitializer preinitializer) {
		// Boot's builder bean is a prototype, but an application may declare a shared one.
		RestClient.Builder builder = restClientBuilder.getIfAvailable(RestClient::builder).clone();
		if (observations != null) {
			// The application's registry even when no customizer of Boot's has set it.
			builder.observationRegistry(observations);
		}
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(http.getConnectTimeout(), http.getReadTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		ClientHttpRequestFactoryBuilder<?> factory = requestFactoryBuilder
			.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(classLoader));
		FirstCallRequestFactory requestFactory = requestFactory(factory, http, settings, classLoader);
		if (preinitializer != null) {
			preinitializer.afterReady(requestFactory::prepare);
		}
		return builder.requestFactory(requestFactory)
			.observationConvention(convention)
			.build();
	}

	// Built at the first provider call rather than at start-up (FirstCallRequestFactory).
	private static FirstCallRequestFactory requestFactory(ClientHttpRequestFactoryBuilder<?> factory,
			RestSocialProperties.Http http, HttpClientSettings settings, ClassLoader classLoader) {
		return new FirstCallRequestFactory(() -> {
			if (ClassUtils.isPresent(HTTP_COMPONENTS, classLoader)
					&& factory instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
				return ProviderHttpComponents.configure(httpComponents, http).build(settings);
			}
			if (factory instanceof JdkClientHttpRequestFactoryBuilder jdk) {
				return jdk.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
					.build(settings);
			}
			return factory.build(settings);
		});
	}

}
