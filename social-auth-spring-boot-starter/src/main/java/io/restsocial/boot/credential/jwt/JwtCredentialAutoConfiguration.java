package io.restsocial.boot.credential.jwt;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.boot.web.JwtTokenController;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.user.UserService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
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
 * Auto-configuration of the JWT kinds: the pair issuer ({@code social/jwt-pair/},
 * {@code social/jwt-pair-user/}), the sliding issuer ({@code social/jwt-sliding/},
 * {@code social/jwt-sliding-user/}), their refresh, verify, blacklist and JWKS companions, and
 * the authenticator of {@code Authorization: Bearer <jwt>}.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class JwtCredentialAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(SocialAuthenticator.class)
	static class EndpointsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(JwtTokenService.class)
		JwtPairCredentialIssuer restSocialJwtPairCredentialIssuer(JwtTokenService jwts) {
			return new JwtPairCredentialIssuer(jwts);
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(JwtTokenService.class)
		JwtSlidingCredentialIssuer restSocialJwtSlidingCredentialIssuer(JwtTokenService jwts) {
			return new JwtSlidingCredentialIssuer(jwts);
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(JwtTokenService.class)
		JwtTokenController restSocialJwtTokenController(JwtTokenService jwts, ObjectProvider<JsonMapper> json) {
			return new JwtTokenController(jwts, json.getIfAvailable(() -> JsonMapper.builder().build()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityFilterChain.class)
	static class AuthenticatorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean({ JwtTokenService.class, UserService.class })
		JwtCredentialAuthenticator restSocialJwtAuthenticator(RestSocialProperties properties, JwtTokenService jwts,
				UserService users) {
			return new JwtCredentialAuthenticator(properties.getJwt().getHeaderPrefix(), jwts, users);
		}

	}

}
