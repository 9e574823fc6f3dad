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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Auto-configuration of the JWT kinds: the pair issuer ({@code social/jwt-pair/},
 * {@code social/jwt-pair-user/}), the sliding issuer ({@code social/jwt-sliding/},
 * {@code social/jwt-sliding-user/}), their refresh, verify, blacklist and JWKS companions, the
 * authenticator of {@code Authorization: Bearer <jwt>}, and a {@link JwtDecoder} of the access
 * tokens for the application's {@code oauth2ResourceServer().jwt()}.
 * <p>
 * It runs after Boot's resource server auto-configuration, whose decoder of
 * {@code spring.security.oauth2.resourceserver.jwt.*} wins when configured, and before Boot's
 * {@code UserDetailsServiceAutoConfiguration}, which backs off when there is a decoder and so
 * makes up no user with a generated password.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class,
		afterName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
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
	@ConditionalOnBean(JwtTokenService.class)
	static class DecoderConfiguration {

		// Access tokens only: refresh and sliding tokens, which can be revoked, are refused (see
		// JwtTokenService#accessTokenDecoder). The Bearer authentication of RestSocialSecurityConfigurer
		// also reads the user; a chain should use one of the two for Bearer tokens, not both.
		@Bean
		@ConditionalOnMissingBean
		JwtDecoder restSocialJwtDecoder(JwtTokenService jwts) {
			return jwts.accessTokenDecoder();
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
