package io.restsocial.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The context the provider client's tests start: Boot's HTTP client and {@code RestClient}
 * auto-configurations with the starter's core ones, on an embedded database of its own.
 */
final class ProviderClientContexts {

	private ProviderClientContexts() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
					RestClientAutoConfiguration.class, RestSocialJdbcAutoConfiguration.class,
					RestSocialAutoConfiguration.class))
			.withPropertyValues("spring.datasource.generate-unique-name=true");
	}

}
