package io.restsocial.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding of {@code rest.social.jwt.authorities-claim}: off by default and when empty, and a
 * claim the tokens already carry stops the start-up naming the key, rather than overwriting it.
 */
class JwtAuthoritiesClaimPropertyTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void bindWhenUnsetOrEmptyThenNoClaim() {
		this.runner
			.run((context) -> assertThat(authoritiesClaim(context.getBean(RestSocialProperties.class))).isNull());
		this.runner.withPropertyValues("rest.social.jwt.authorities-claim=")
			.run((context) -> assertThat(authoritiesClaim(context.getBean(RestSocialProperties.class))).isNull());
	}

	@Test
	void bindWhenAFreeClaimThenBound() {
		this.runner.withPropertyValues("rest.social.jwt.authorities-claim=roles")
			.run((context) -> assertThat(authoritiesClaim(context.getBean(RestSocialProperties.class)))
				.isEqualTo("roles"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "user_id", "sub", "exp", "token_type", "username" })
	void bindWhenAClaimTheTokensCarryThenStartupFailsNamingTheKey(String claim) {
		this.runner.withPropertyValues("rest.social.jwt.authorities-claim=" + claim)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("rest.social.jwt.authorities-claim must be a claim the tokens do not carry already "
						+ "(such as roles)"));
	}

	private static String authoritiesClaim(RestSocialProperties properties) {
		return properties.getJwt().getAuthoritiesClaim();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RestSocialProperties.class)
	static class PropertiesConfiguration {

	}

}
