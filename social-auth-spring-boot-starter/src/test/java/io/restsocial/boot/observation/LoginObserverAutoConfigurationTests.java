package io.restsocial.boot.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialJdbcAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialSecurityAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialWebMvcAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login observer is there with or without an {@code ObservationRegistry}, takes the
 * application's registry and convention, and backs off for the application's own observer.
 */
class LoginObserverAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
				RestSocialSecurityAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void observerWhenNoObservationRegistryThenPresent() {
		this.web.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ObservationRegistry.class)
			.hasSingleBean(SocialLoginObserver.class));
	}

	@Test
	void observerWhenUserDefinesConventionAndRegistryThenLoginsNamedByItInThatRegistry() {
		List<String> names = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new OnStop((context) -> names.add(context.getName())));
		SocialLoginObservationConvention own = new DefaultSocialLoginObservationConvention() {

			@Override
			public String getName() {
				return "app.social.login";
			}

		};
		this.web.withBean(ObservationRegistry.class, () -> registry)
			.withBean(SocialLoginObservationConvention.class, () -> own)
			.run((context) -> {
				String answer = context.getBean(SocialLoginObserver.class)
					.observe("token", new MockHttpServletRequest(), () -> "answered");
				assertThat(answer).isEqualTo("answered");
				assertThat(names).containsExactly("app.social.login");
			});
	}

	@Test
	void observerWhenUserDefinesOneThenDefaultBacksOff() {
		SocialLoginObserver own = new SocialLoginObserver(ObservationRegistry.create(), null);
		this.web.withBean(SocialLoginObserver.class, () -> own)
			.run((context) -> assertThat(context.getBean(SocialLoginObserver.class)).isSameAs(own));
	}

}
