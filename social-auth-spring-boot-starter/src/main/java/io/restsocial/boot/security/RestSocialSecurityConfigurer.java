package io.restsocial.boot.security;

import java.util.List;

import io.restsocial.core.user.UserService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Lets the credentials rest-social-auth issues authenticate a {@code SecurityFilterChain} of the
 * application's own: {@code Authorization} headers through every {@link CredentialAuthenticator}
 * bean, 401 and 403 answers as problem JSON, and no saved requests (an API has no login page to
 * come back from). The session cookie needs nothing: Spring Security reads the session by
 * default.
 * <p>
 * The chain's CSRF protection stays as the application set it, except that a request carrying a
 * credential of rest-social-auth's schemes skips it: such a request either authenticates by its
 * header, which a cross-site page cannot send, or is answered 401 (see
 * {@link CredentialHeaderRequestMatcher}). A header of another scheme skips nothing.
 *
 * <pre class="code">
 * http.authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated())
 *     .with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
 * </pre>
 */
public class RestSocialSecurityConfigurer extends AbstractHttpConfigurer<RestSocialSecurityConfigurer, HttpSecurity> {

	private AuthenticationEntryPoint entryPoint = new ProblemJsonAuthenticationEntryPoint();

	private List<CredentialAuthenticator> authenticators;

	/**
	 * Set what answers unauthenticated requests and invalid credentials.
	 * @param entryPoint the entry point
	 * @return this configurer
	 */
	public RestSocialSecurityConfigurer authenticationEntryPoint(AuthenticationEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		this.authenticators = http.getSharedObject(ApplicationContext.class)
			.getBeanProvider(CredentialAuthenticator.class)
			.orderedStream()
			.toList();
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.entryPoint)
			.accessDeniedHandler(new ProblemJsonAccessDeniedHandler()))
			// An API answers 401 rather than saving the request for a login page (and a session with it).
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		// HttpSecurity holds its configurers by raw class.
		@SuppressWarnings("unchecked")
		CsrfConfigurer<HttpSecurity> csrf = http.getConfigurer(CsrfConfigurer.class);
		if (csrf != null) {
			csrf.ignoringRequestMatchers(new CredentialHeaderRequestMatcher(this.authenticators));
		}
	}

	@Override
	public void configure(HttpSecurity http) {
		SocialCredentialAuthenticationFilter filter = new SocialCredentialAuthenticationFilter(this.authenticators,
				this.entryPoint);
		ObjectProvider<UserService> users = http.getSharedObject(ApplicationContext.class)
			.getBeanProvider(UserService.class);
		filter.setSessionUsers(users::getIfUnique);
		http.addFilterBefore(postProcess(filter), AnonymousAuthenticationFilter.class);
	}

}
