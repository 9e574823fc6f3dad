package io.restsocial.boot.credential.jwt;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialJdbcAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialSecurityAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialWebMvcAutoConfiguration;
import io.restsocial.boot.credential.opaque.OpaqueTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.session.SessionCredentialAutoConfiguration;
import io.restsocial.boot.credential.token.StoredTokenCredentialAutoConfiguration;
import io.restsocial.boot.jwt.JwtTokenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link JwtDecoder} bean of the JWT kinds: there when the JWT service is, backing off for
 * the application's own, and making Boot's {@code UserDetailsServiceAutoConfiguration} back off,
 * so that no user with a generated password is made up (even with
 * {@code spring.security.user.name} set, which would otherwise make one).
 */
@ExtendWith(OutputCaptureExtension.class)
class JwtDecoderAutoConfigurationTests {

	private static final String GENERATED_PASSWORD = "Using generated security password";

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
				RestSocialJdbcAutoConfiguration.class, RestSocialAutoConfiguration.class,
				RestSocialWebMvcAutoConfiguration.class, RestSocialSecurityAutoConfiguration.class,
				SessionCredentialAutoConfiguration.class, StoredTokenCredentialAutoConfiguration.class,
				OpaqueTokenCredentialAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "spring.security.user.name=someone");

	@Test
	void jwtDecoderWhenJwtKindsThenNimbusDecoderAndNoGeneratedPassword(CapturedOutput output) {
		this.web.withConfiguration(AutoConfigurations.of(JwtCredentialAutoConfiguration.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(JwtTokenService.class);
			assertThat(context).getBean(JwtDecoder.class).isInstanceOf(NimbusJwtDecoder.class);
			assertThat(context).doesNotHaveBean(InMemoryUserDetailsManager.class);
		});
		assertThat(output).doesNotContain(GENERATED_PASSWORD);
	}

	@Test
	void jwtDecoderWhenJwtKindsLeftOutThenBootMakesUpAUserWithAGeneratedPassword(CapturedOutput output) {
		// What the decoder spares an application: the same set-up without it.
		this.web.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context).hasSingleBean(InMemoryUserDetailsManager.class);
		});
		assertThat(output).contains(GENERATED_PASSWORD);
	}

	@Test
	void jwtDecoderWhenUserDefinesOneThenDefaultBacksOff() {
		this.web.withConfiguration(AutoConfigurations.of(JwtCredentialAutoConfiguration.class))
			.withUserConfiguration(AppDecoder.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context).getBean(JwtDecoder.class).isSameAs(AppDecoder.DECODER);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class AppDecoder {

		static final JwtDecoder DECODER = (token) -> {
			throw new UnsupportedOperationException(token);
		};

		@Bean
		JwtDecoder appJwtDecoder() {
			return DECODER;
		}

	}

}
