package io.restsocial.example.demo;

import io.restsocial.core.http.ProviderHttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers the demo provider with the starter: by default when no real provider has keys, or
 * as {@code example.demo.enabled} says. Its endpoints are {@link DemoProviderController}'s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoEnabledCondition.class)
class DemoConfiguration {

	@Bean
	DemoSocialProvider demoSocialProvider(ProviderHttpClient http, Environment environment,
			@Value("${example.demo.client-id:demo-client}") String clientId,
			@Value("${example.demo.client-secret:demo-secret}") String clientSecret) {
		return new DemoSocialProvider(http, environment, clientId, clientSecret);
	}

}
