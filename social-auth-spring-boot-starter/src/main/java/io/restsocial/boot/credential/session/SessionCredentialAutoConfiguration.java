package io.restsocial.boot.credential.session;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.web.SocialCsrfController;
import io.restsocial.core.login.SocialAuthenticator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Auto-configuration of the session credential kind: its issuer, serving {@code social/session/},
 * and {@code social/csrf/}, which hands a browser the CSRF token that login needs.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(SocialAuthenticator.class)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class SessionCredentialAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SessionCredentialIssuer restSocialSessionCredentialIssuer(ObjectProvider<CsrfTokenRepository> csrfTokens,
			RestSocialProperties properties) {
		SessionCredentialIssuer issuer = new SessionCredentialIssuer();
		issuer.setCsrfTokenRepository(csrfTokens.getIfUnique());
		issuer.setCsrfRequired(properties.getSession().isCsrf());
		return issuer;
	}

	@Bean
	@ConditionalOnMissingBean
	SocialCsrfController restSocialCsrfController() {
		return new SocialCsrfController();
	}

}
