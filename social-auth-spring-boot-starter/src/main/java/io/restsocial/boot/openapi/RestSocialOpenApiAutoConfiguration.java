package io.restsocial.boot.openapi;

import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.autoconfigure.RestSocialWebMvcAutoConfiguration;
import io.restsocial.boot.credential.jwt.JwtCredentialAutoConfiguration;
import io.restsocial.boot.credential.opaque.OpaqueTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.session.SessionCredentialAutoConfiguration;
import io.restsocial.boot.web.SocialLoginController;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the starter's OpenAPI description: with springdoc on the classpath, a
 * customizer describes every endpoint the starter serves (each login endpoint of the
 * {@link SocialLoginController}'s table, and the companions) in {@code /v3/api-docs}. Without
 * springdoc nothing of it loads.
 */
@AutoConfiguration(after = { RestSocialWebMvcAutoConfiguration.class, SessionCredentialAutoConfiguration.class,
		JwtCredentialAutoConfiguration.class, OpaqueTokenCredentialAutoConfiguration.class })
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(SocialLoginController.class)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class RestSocialOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RestSocialOpenApiCustomizer restSocialOpenApiCustomizer(RestSocialProperties properties,
			SocialLoginController login) {
		String base = properties.getBasePath();
		return new RestSocialOpenApiCustomizer("/".equals(base) ? "" : base, login.loginEndpoints());
	}

}
