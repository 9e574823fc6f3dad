package io.restsocial.example.demo;

import java.time.Clock;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth1.RequestTokenStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers the demo providers with the starter, {@code demo} (OAuth 2.0) and
 * {@code demo-oauth1} (OAuth 1.0a): by default when no real provider has keys, or as
 * {@code example.demo.enabled} says. Their endpoints are {@link DemoProviderController}'s and
 * {@link DemoOAuth1ProviderController}'s.
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

	@Bean
	DemoOAuth1SocialProvider demoOAuth1SocialProvider(ProviderHttpClient http, Environment environment,
			RequestTokenStore requestTokens, ObjectProvider<Clock> clock,
			@Value("${example.demo.client-id:demo-client}") String clientId,
			@Value("${example.demo.client-secret:demo-secret}") String clientSecret) {
		return new DemoOAuth1SocialProvider(http, environment, requestTokens, clock.getIfUnique(Clock::systemUTC),
				clientId, clientSecret);
	}

}
