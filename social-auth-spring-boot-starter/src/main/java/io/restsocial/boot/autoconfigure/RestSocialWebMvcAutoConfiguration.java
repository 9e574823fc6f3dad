package io.restsocial.boot.autoconfigure;

import io.restsocial.boot.credential.SessionCredentialIssuer;
import io.restsocial.boot.credential.StoredTokenCredentialIssuer;
import io.restsocial.boot.web.RedirectUriResolver;
import io.restsocial.boot.web.SocialAuthExceptionHandler;
import io.restsocial.boot.web.SocialCsrfController;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.token.StoredTokenService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auto-configuration of the REST endpoints of a servlet application.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(SocialAuthenticator.class)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class RestSocialWebMvcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RedirectUriResolver restSocialRedirectUriResolver(RestSocialProperties properties, ApplicationContext context) {
		RequestMappingHandlerMapping mappings = (properties.getRedirectUri().startsWith("/")
				|| properties.getRedirectUri().startsWith("http")) ? null
						: context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		return new RedirectUriResolver(properties.getAbsoluteRedirectUri(), properties.getRedirectUri(),
				properties.isDomainFromOrigin(), mappings);
	}

	@Bean
	@ConditionalOnMissingBean
	SessionCredentialIssuer restSocialSessionCredentialIssuer() {
		return new SessionCredentialIssuer();
	}

	@Bean
	@ConditionalOnMissingBean
	StoredTokenCredentialIssuer restSocialStoredTokenCredentialIssuer(StoredTokenService tokens) {
		return new StoredTokenCredentialIssuer(tokens);
	}

	@Bean
	@ConditionalOnMissingBean
	SocialLoginController restSocialLoginController(SocialAuthenticator authenticator,
			RedirectUriResolver redirectUris, SessionCredentialIssuer session, StoredTokenCredentialIssuer token,
			ObjectProvider<JsonMapper> json) {
		return new SocialLoginController(authenticator, redirectUris, session, token,
				json.getIfAvailable(() -> JsonMapper.builder().build()));
	}

	@Bean
	@ConditionalOnMissingBean
	SocialCsrfController restSocialCsrfController() {
		return new SocialCsrfController();
	}

	@Bean
	@ConditionalOnMissingBean
	SocialAuthExceptionHandler restSocialExceptionHandler(RestSocialProperties properties) {
		return new SocialAuthExceptionHandler(properties.isVerboseErrors(), properties.isLogAuthExceptions());
	}

}
