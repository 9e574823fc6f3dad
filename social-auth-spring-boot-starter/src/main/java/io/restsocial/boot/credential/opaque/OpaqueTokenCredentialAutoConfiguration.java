package io.restsocial.boot.credential.opaque;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.web.OpaqueTokenController;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.token.OpaqueTokenService;
import io.restsocial.core.user.UserService;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Auto-configuration of the opaque token kind: its issuer, serving {@code social/opaque/} and
 * {@code social/opaque_user/}, its {@code logout/} and {@code logoutall/} companions, and the
 * authenticator of {@code Authorization: Token <t>}.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class OpaqueTokenCredentialAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(SocialAuthenticator.class)
	static class EndpointsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(OpaqueTokenService.class)
		OpaqueTokenCredentialIssuer restSocialOpaqueTokenCredentialIssuer(OpaqueTokenService tokens) {
			return new OpaqueTokenCredentialIssuer(tokens);
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(OpaqueTokenService.class)
		OpaqueTokenController restSocialOpaqueTokenController(OpaqueTokenService tokens,
				RestSocialProperties properties) {
			return new OpaqueTokenController(tokens, properties.getOpaque().getHeaderPrefix());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityFilterChain.class)
	static class AuthenticatorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean({ OpaqueTokenService.class, UserService.class })
		OpaqueTokenCredentialAuthenticator restSocialOpaqueTokenAuthenticator(RestSocialProperties properties,
				OpaqueTokenService tokens, UserService users) {
			return new OpaqueTokenCredentialAuthenticator(properties.getOpaque().getHeaderPrefix(), tokens, users);
		}

	}

}
