package io.restsocial.boot.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import io.restsocial.boot.credential.LoginEndpoints;
import io.restsocial.boot.security.CredentialAuthenticator;
import io.restsocial.boot.security.CredentialHeaderRequestMatcher;
import io.restsocial.boot.security.HeaderCsrfTokenRequestHandler;
import io.restsocial.boot.security.RestSocialSecurityConfigurer;
import io.restsocial.boot.security.SessionCsrfRequestMatcher;
import io.restsocial.boot.web.JwtTokenController;
import io.restsocial.boot.web.OpaqueTokenController;
import io.restsocial.boot.web.SocialLoginController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Auto-configuration of Spring Security for rest-social-auth's endpoints: a filter chain that
 * matches only the starter's own endpoints (open to anyone; a CSRF token required on the session
 * login, and on a login or disconnect by a caller authenticated by its session cookie), the CSRF
 * token repository, and, when the application declares no {@link SecurityFilterChain} of its own,
 * a default chain that requires authentication everywhere else, accepts
 * rest-social-auth's credentials, keeps CSRF protection for session cookies, and leaves
 * Actuator's health endpoint open as Boot's management security would. Both accept the
 * credential authenticators each credential kind's auto-configuration declares. When there is a
 * {@link ClientRegistrationRepository}, the default chain also logs browsers in with
 * {@code oauth2Login()}, as Boot's own default chain would.
 * <p>
 * It runs before Boot's web and management security auto-configurations, whose default chains
 * then back off.
 */
@AutoConfiguration(after = RestSocialAutoConfiguration.class, before = ServletWebSecurityAutoConfiguration.class,
		beforeName = "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class RestSocialSecurityAutoConfiguration {

	/** The bean name of the login endpoints' filter chain. */
	public static final String LOGIN_FILTER_CHAIN = "restSocialLoginSecurityFilterChain";

	/** The bean name of the default filter chain for the rest of the application. */
	public static final String DEFAULT_FILTER_CHAIN = "restSocialDefaultSecurityFilterChain";

	@Bean
	@ConditionalOnMissingBean
	CsrfTokenRepository restSocialCsrfTokenRepository() {
		// Readable by the SPA's script, which echoes it in the X-XSRF-TOKEN header.
		return CookieCsrfTokenRepository.withHttpOnlyFalse();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HttpSecurity.class)
	static class LoginFilterChainConfiguration {

		@Bean(LOGIN_FILTER_CHAIN)
		@Order(Ordered.HIGHEST_PRECEDENCE + 10)
		@ConditionalOnMissingBean(name = LOGIN_FILTER_CHAIN)
		SecurityFilterChain restSocialLoginSecurityFilterChain(HttpSecurity http, RestSocialProperties properties,
				CsrfTokenRepository csrfTokens, ObjectProvider<CredentialAuthenticator> authenticators,
				ObjectProvider<SocialLoginController> loginController, ObjectProvider<JwtTokenController> jwtController,
				ObjectProvider<OpaqueTokenController> opaqueController) throws Exception {
			String base = properties.getBasePath().equals("/") ? "" : properties.getBasePath();
			PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
			// The login endpoints the controller serves, from its credential issuers (the
			// application's own included); none when there is no login controller.
			Supplier<LoginEndpoints> logins = () -> {
				SocialLoginController controller = loginController.getIfUnique();
				return (controller != null) ? controller.loginEndpoints() : LoginEndpoints.of(List.of());
			};
			// Only the starter's own endpoints: an application endpoint placed under the base path
			// stays with the application's chain, its authorization and its CSRF protection.
			http.securityMatcher(StarterEndpoints.all(paths, base, logins,
					() -> jwtController.stream().findAny().isPresent(),
					() -> opaqueController.stream().findAny().isPresent()))
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.formLogin(AbstractHttpConfigurer::disable)
				.httpBasic(AbstractHttpConfigurer::disable)
				.logout(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				.with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
			if (properties.getSession().isCsrf()) {
				// The session login always; the completion of a paused login whenever the browser holds a
				// CSRF token (it may resume a session login, which then insists on a checked token).
				RequestMatcher always = new OrRequestMatcher(StarterEndpoints.sessionLogins(paths, base, logins),
						new AndRequestMatcher(paths.matcher(HttpMethod.POST, base + "/social/complete/**"),
								(request) -> csrfTokens.loadToken(request) != null));
				SessionCsrfRequestMatcher csrfRequired = new SessionCsrfRequestMatcher(always,
						StarterEndpoints.actingForCaller(paths, base, logins),
						new CredentialHeaderRequestMatcher(authenticators.orderedStream().toList()));
				// A plain (not XOR-masked) token, so that a SPA can echo the cookie value in the header.
				http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
					.csrfTokenRequestHandler(new HeaderCsrfTokenRequestHandler())
					.requireCsrfProtectionMatcher(csrfRequired));
			}
			else {
				// Then a session cookie never links an account nor disconnects one (ProvenCaller).
				http.csrf(AbstractHttpConfigurer::disable);
			}
			return http.build();
		}

		@Bean(DEFAULT_FILTER_CHAIN)
		@Order(SecurityFilterChainOrder.DEFAULT)
		@Conditional(NoApplicationSecurityFilterChainCondition.class)
		SecurityFilterChain restSocialDefaultSecurityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens,
				ObjectProvider<ClientRegistrationRepository> clientRegistrations) throws Exception {
			http.authorizeHttpRequests((requests) -> {
				if (ActuatorHealth.isPresent()) {
					// What Boot's own management security permits, which backs off for this chain.
					requests.requestMatchers(ActuatorHealth.matchers()).permitAll();
				}
				requests.anyRequest().authenticated();
			})
				.formLogin(AbstractHttpConfigurer::disable)
				.httpBasic(AbstractHttpConfigurer::disable)
				// CSRF stays on for the session cookie; RestSocialSecurityConfigurer lets requests
				// that a rest-social-auth Authorization header authenticates skip it.
				.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
					.csrfTokenRequestHandler(new HeaderCsrfTokenRequestHandler()))
				.with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
			if (clientRegistrations.getIfAvailable() != null) {
				// The browser login Boot's own chain gave these registrations, which backs off for this
				// one: /oauth2/authorization/{id} and its callback. Unauthenticated requests are still
				// answered by RestSocialSecurityConfigurer's entry point.
				http.oauth2Login(Customizer.withDefaults());
			}
			return http.build();
		}

	}

	private static final class SecurityFilterChainOrder {

		// Where Boot puts its own default chain (SecurityFilterProperties.BASIC_AUTH_ORDER).
		static final int DEFAULT = Ordered.LOWEST_PRECEDENCE - 5;

	}

}
