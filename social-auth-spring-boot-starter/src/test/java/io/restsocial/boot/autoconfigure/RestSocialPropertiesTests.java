package io.restsocial.boot.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding of {@code rest.social.*}: a bad value stops the start-up at bind time with a message
 * naming its key; good values and the defaults bind.
 */
class RestSocialPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			base-path                        | api/login/       | rest.social.base-path must start with '/' and not end with '/'
			base-path                        | /api/login/      | rest.social.base-path must start with '/' and not end with '/'
			token.header-prefix              | Two words        | rest.social.token.header-prefix must be one word
			jwt.header-prefix                | ''               | rest.social.jwt.header-prefix must be one word
			opaque.header-prefix             | 'To ken'         | rest.social.opaque.header-prefix must be one word
			jwt.secret                       | too-short        | rest.social.jwt.secret must be at least 256 bits (32 bytes of UTF-8) for HS256
			state.secret                     | too-short        | rest.social.state.secret must be at least 256 bits (32 bytes of UTF-8)
			opaque.token-ttl                 | -1s              | rest.social.opaque.token-ttl cannot be negative
			opaque.token-limit-per-user      | 0                | rest.social.opaque.token-limit-per-user must be positive
			state.cookie-name                | bad;name         | rest.social.state.cookie-name must be letters, digits, '_' and '-'
			state.cookie-same-site           | Sometimes        | rest.social.state.cookie-same-site must be Lax, Strict or None
			limits.max-body-size             | 0B               | rest.social.limits.max-body-size must be positive and less than 2GB
			limits.max-body-size             | 2GB              | rest.social.limits.max-body-size must be positive and less than 2GB
			limits.max-field-length          | 0                | rest.social.limits.max-field-length must be positive
			limits.max-token-length          | -1               | rest.social.limits.max-token-length must be positive
			http.max-response-size           | 0B               | rest.social.http.max-response-size must be positive
			state.ttl                        | 0s               | rest.social.state.ttl must be positive
			jwt.access-token-lifetime        | 0s               | rest.social.jwt.access-token-lifetime must be positive
			jwt.refresh-token-lifetime       | -1m              | rest.social.jwt.refresh-token-lifetime must be positive
			jwt.sliding-token-lifetime       | 0s               | rest.social.jwt.sliding-token-lifetime must be positive
			jwt.sliding-token-refresh-lifetime | 0s             | rest.social.jwt.sliding-token-refresh-lifetime must be positive
			opaque.min-refresh-interval      | -1s              | rest.social.opaque.min-refresh-interval cannot be negative
			""")
	void bindWhenValueIsOutOfRangeThenStartupFailsNamingTheKey(String key, String value, String message) {
		this.runner.withPropertyValues("rest.social." + key + "=" + value)
			.run((context) -> assertThat(context).hasFailed().getFailure().rootCause().hasMessage(message));
	}

	@Test
	void bindWhenValuesAreInRangeThenBound() {
		this.runner
			.withPropertyValues("rest.social.base-path=/", "rest.social.token.header-prefix=Knox",
					"rest.social.jwt.secret=an-hs256-secret-of-at-least-32-bytes!", "rest.social.opaque.token-ttl=0s",
					"rest.social.opaque.token-limit-per-user=1", "rest.social.opaque.min-refresh-interval=0s",
					"rest.social.state.cookie-name=__Host-state_1", "rest.social.state.cookie-same-site=none",
					"rest.social.state.ttl=1s", "rest.social.limits.max-body-size=1B",
					"rest.social.limits.max-field-length=1", "rest.social.jwt.access-token-lifetime=1s")
			.run((context) -> {
				RestSocialProperties properties = context.getBean(RestSocialProperties.class);
				assertThat(properties.getBasePath()).isEqualTo("/");
				assertThat(properties.getToken().getHeaderPrefix()).isEqualTo("Knox");
				assertThat(properties.getOpaque().getTokenTtl()).isZero();
				assertThat(properties.getOpaque().getTokenLimitPerUser()).isOne();
				assertThat(properties.getOpaque().getMinRefreshInterval()).isZero();
				assertThat(properties.getState().getCookieName()).isEqualTo("__Host-state_1");
				assertThat(properties.getState().getTtl()).isEqualTo(Duration.ofSeconds(1));
				assertThat(properties.getLimits().getMaxBodySize()).isEqualTo(DataSize.ofBytes(1));
				assertThat(properties.getLimits().getMaxFieldLength()).isOne();
				assertThat(properties.getJwt().getAccessTokenLifetime()).isEqualTo(Duration.ofSeconds(1));
			});
	}

	@Test
	void bindWhenNothingIsSetThenTheDefaultsPass() {
		this.runner.run((context) -> {
			RestSocialProperties properties = context.getBean(RestSocialProperties.class);
			assertThat(properties.getBasePath()).isEqualTo("/api/login");
			assertThat(properties.getState().getTtl()).isEqualTo(Duration.ofMinutes(10));
			assertThat(properties.getJwt().getRefreshTokenLifetime()).isEqualTo(Duration.ofDays(1));
			assertThat(properties.getOpaque().getTokenTtl()).isEqualTo(Duration.ofHours(10));
			assertThat(properties.getLimits().getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RestSocialProperties.class)
	static class PropertiesConfiguration {

	}

}
