package io.restsocial.boot.credential.token;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.token.StoredTokenService;
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
 * Auto-configuration of the stored token kind: its issuer, serving {@code social/token/} and
 * {@code social/token_user/}, and the authenticator of {@code Authorization: Token <t>}.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class StoredTokenCredentialAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(SocialAuthenticator.class)
	static class IssuerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(StoredTokenService.class)
		StoredTokenCredentialIssuer restSocialStoredTokenCredentialIssuer(StoredTokenService tokens) {
			return new StoredTokenCredentialIssuer(tokens);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityFilterChain.class)
	static class AuthenticatorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean({ StoredTokenService.class, UserService.class })
		StoredTokenCredentialAuthenticator restSocialStoredTokenAuthenticator(RestSocialProperties properties,
				StoredTokenService tokens, UserService users) {
			return new StoredTokenCredentialAuthenticator(properties.getToken().getHeaderPrefix(), tokens, users);
		}

	}

}
