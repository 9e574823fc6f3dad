package io.restsocial.boot.autoconfigure;

import io.restsocial.boot.web.ProblemJsonRequestRejectedHandler;
import io.restsocial.boot.web.RequestLimits;
import io.restsocial.boot.web.RequestLimitsFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beans that bound requests and clean up refused ones: present by default, each backing off
 * when the application brings its own, and their properties validated at bind time.
 */
class RequestLimitsAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
				RestSocialSecurityAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	@SuppressWarnings("unchecked")
	void defaultsWhenWebApplicationThenLimitsFilterOnTheStarterPathsAheadOfSecurity() {
		this.web.withPropertyValues("rest.social.base-path=/auth").run((context) -> {
			FilterRegistrationBean<RequestLimitsFilter> registration = context
				.getBean("restSocialRequestLimitsFilter", FilterRegistrationBean.class);
			assertThat(registration.getUrlPatterns()).contains("/auth/social/*", "/auth/token/*", "/auth/logout/*",
					"/auth/jwks.json/*");
			assertThat(registration.getUrlPatterns()).noneMatch((pattern) -> pattern.equals("/auth/*"));
			assertThat(registration.getOrder()).isLessThan(-100);
			assertThat(context.getBean(RequestRejectedHandler.class))
				.isInstanceOf(ProblemJsonRequestRejectedHandler.class);
			assertThat(context).hasBean("restSocialTomcatErrorReportCustomizer");
		});
	}

	@Test
	void limitsFilterWhenUserRegistersOneThenDefaultBacksOff() {
		this.web.withUserConfiguration(OwnLimitsFilter.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("restSocialRequestLimitsFilter");
			assertThat(context).hasBean("ownLimits");
		});
	}

	@Test
	void requestLimitsWhenUserDefinesThemThenDefaultBacksOff() {
		RequestLimits own = new RequestLimits(1000, 100, 200);
		this.web.withBean(RequestLimits.class, () -> own)
			.run((context) -> assertThat(context.getBean(RequestLimits.class)).isSameAs(own));
	}

	@Test
	void requestLimitsWhenPropertiesSetThenBoundFromThem() {
		this.web
			.withPropertyValues("rest.social.limits.max-body-size=1KB", "rest.social.limits.max-field-length=10",
					"rest.social.limits.max-token-length=20")
			.run((context) -> assertThat(context.getBean(RequestLimits.class))
				.isEqualTo(new RequestLimits(1024, 10, 20)));
	}

	@Test
	void requestRejectedHandlerWhenUserDefinesOneThenDefaultBacksOff() {
		RequestRejectedHandler own = new HttpStatusRequestRejectedHandler(418);
		this.web.withBean(RequestRejectedHandler.class, () -> own)
			.run((context) -> assertThat(context.getBean(RequestRejectedHandler.class)).isSameAs(own));
	}

	@Test
	void tomcatErrorReportWhenTomcatAbsentThenNoCustomizer() {
		this.web.withClassLoader(new FilteredClassLoader(TomcatServletWebServerFactory.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("restSocialTomcatErrorReportCustomizer")
				.getBeans(WebServerFactoryCustomizer.class)
				.isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "rest.social.limits.max-body-size=0", "rest.social.limits.max-field-length=0",
			"rest.social.limits.max-token-length=-1", "rest.social.http.max-response-size=0" })
	void limitWhenNotPositiveThenStartupFailsNamingTheProperty(String property) {
		String name = property.substring(0, property.indexOf('='));
		this.web.withPropertyValues(property)
			.run((context) -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(name));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnLimitsFilter {

		@Bean
		FilterRegistrationBean<RequestLimitsFilter> ownLimits() {
			return new FilterRegistrationBean<>(new RequestLimitsFilter(1024));
		}

	}

}
