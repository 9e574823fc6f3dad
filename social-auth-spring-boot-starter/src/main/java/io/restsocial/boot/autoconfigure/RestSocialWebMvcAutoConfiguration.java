package io.restsocial.boot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.observation.SocialLoginObservationConvention;
import io.restsocial.boot.observation.SocialLoginObserver;
import io.restsocial.boot.web.LoginStateCookie;
import io.restsocial.boot.web.LoginStateController;
import io.restsocial.boot.web.ProblemJsonErrorReportValve;
import io.restsocial.boot.web.ProblemJsonRequestRejectedHandler;
import io.restsocial.boot.web.RedirectUriResolver;
import io.restsocial.boot.web.RequestLimits;
import io.restsocial.boot.web.RequestLimitsFilter;
import io.restsocial.boot.web.SocialAccountsController;
import io.restsocial.boot.web.SocialAuthExceptionHandler;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.boot.web.SocialUserJson;
import io.restsocial.core.account.SocialAccountService;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.state.LoginStateService;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auto-configuration of the REST endpoints of a servlet application: the login controller, whose
 * endpoints are those of the {@link CredentialIssuer} beans (each credential kind's
 * auto-configuration declares its own, in its package under {@code io.restsocial.boot.credential}),
 * and the companions that are no kind's.
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
		RedirectUriResolver resolver = new RedirectUriResolver(properties.getAbsoluteRedirectUri(),
				properties.getRedirectUri(), properties.isDomainFromOrigin(), mappings);
		resolver.setAllowedRedirectUris(properties.getAllowedRedirectUris());
		return resolver;
	}

	// The controllers, the application's subclasses included, take it through their setter.
	@Bean
	@ConditionalOnMissingBean
	SocialUserJson restSocialUserJson() {
		return SocialUserJson.defaults();
	}

	@Bean
	@ConditionalOnMissingBean
	SocialLoginController restSocialLoginController(SocialAuthenticator authenticator,
			RedirectUriResolver redirectUris, ObjectProvider<CredentialIssuer> issuers, ObjectProvider<JsonMapper> json) {
		return new SocialLoginController(authenticator, redirectUris, issuers.orderedStream().toList(), json(json));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SocialAccountService.class)
	SocialAccountsController restSocialAccountsController(SocialAccountService accounts) {
		return new SocialAccountsController(accounts);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(LoginStateService.class)
	LoginStateController restSocialLoginStateController(SocialAuthenticator authenticator,
			LoginStateService states, LoginStateCookie cookie, RedirectUriResolver redirectUris) {
		LoginStateController controller = new LoginStateController(authenticator, states, cookie);
		controller.setRedirectUriResolver(redirectUris);
		return controller;
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(StatesOrRequestTokensCondition.class)
	LoginStateCookie restSocialLoginStateCookie(RestSocialProperties properties) {
		RestSocialProperties.State state = properties.getState();
		String base = properties.getBasePath().equals("/") ? "" : properties.getBasePath();
		return new LoginStateCookie(state.isBindToBrowser(), state.getCookieName(), base + "/social/",
				state.getCookieSameSite(), state.getTtl());
	}

	// The login controller, the application's subclass included, takes it through its setter.
	@Bean
	@ConditionalOnMissingBean
	SocialLoginObserver restSocialLoginObserver(ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<SocialLoginObservationConvention> observationConvention,
			ObjectProvider<AuthenticationEventPublisher> authenticationEvents) {
		SocialLoginObserver observer = new SocialLoginObserver(
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP), authenticationEvents.getIfUnique());
		observer.setObservationConvention(observationConvention.getIfUnique());
		return observer;
	}

	// The controllers, the application's subclasses included, take it through their setter.
	@Bean
	@ConditionalOnMissingBean
	RequestLimits restSocialRequestLimits(RestSocialProperties properties) {
		RestSocialProperties.Limits limits = properties.getLimits();
		return new RequestLimits(limits.getMaxBodySize().toBytes(), limits.getMaxFieldLength(),
				limits.getMaxTokenLength());
	}

	@Bean
	@ConditionalOnMissingFilterBean(RequestLimitsFilter.class)
	FilterRegistrationBean<RequestLimitsFilter> restSocialRequestLimitsFilter(RestSocialProperties properties,
			RequestLimits limits) {
		FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
				new RequestLimitsFilter(limits.maxBodySize()));
		String basePath = properties.getBasePath();
		registration.addUrlPatterns(StarterEndpoints.servletPatterns("/".equals(basePath) ? "" : basePath));
		registration.setOrder(RequestLimitsFilter.ORDER);
		return registration;
	}

	private static JsonMapper json(ObjectProvider<JsonMapper> json) {
		return json.getIfAvailable(() -> JsonMapper.builder().build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RequestRejectedHandler.class)
	static class RequestRejectedConfiguration {

		// Spring Security's WebSecurity answers its firewall's rejections with this bean.
		@Bean
		@ConditionalOnMissingBean(RequestRejectedHandler.class)
		ProblemJsonRequestRejectedHandler restSocialRequestRejectedHandler(RestSocialProperties properties) {
			return new ProblemJsonRequestRejectedHandler(properties.getBasePath());
		}

	}

	@Bean
	@ConditionalOnMissingBean
	SocialAuthExceptionHandler restSocialExceptionHandler(RestSocialProperties properties) {
		return new SocialAuthExceptionHandler(properties.isVerboseErrors(), properties.isLogAuthExceptions());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ TomcatServletWebServerFactory.class, ErrorReportValve.class })
	static class TomcatErrorReportConfiguration {

		// What Tomcat refuses before any filter (an encoded '/', a '%00') is answered by its
		// error report valve: in the endpoints' problem+json format under the base path.
		@Bean
		@ConditionalOnMissingBean(name = "restSocialTomcatErrorReportCustomizer")
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> restSocialTomcatErrorReportCustomizer(
				RestSocialProperties properties) {
			TomcatContextCustomizer valve = (context) -> ProblemJsonErrorReportValve.install(context.getParent(),
					context.getPath() + properties.getBasePath());
			return (factory) -> factory.addContextCustomizers(valve);
		}

	}

	/**
	 * The state cookie binds login states and OAuth 1.0a request tokens: either storage needs it.
	 */
	static final class StatesOrRequestTokensCondition extends AnyNestedCondition {

		StatesOrRequestTokensCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(LoginStateService.class)
		static final class States {

		}

		@ConditionalOnBean(RequestTokenStore.class)
		static final class RequestTokens {

		}

	}

}
