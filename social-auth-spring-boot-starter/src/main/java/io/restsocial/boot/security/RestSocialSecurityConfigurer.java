package io.restsocial.boot.security;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Lets the credentials rest-social-auth issues authenticate a {@code SecurityFilterChain} of the
 * application's own: {@code Authorization} headers through every {@link CredentialAuthenticator}
 * bean, 401 and 403 answers as problem JSON, and no saved requests (an API has no login page to
 * come back from). The session cookie needs nothing: Spring Security reads
 * the session by default.
 *
 * <pre class="code">
 * http.authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated())
 *     .with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
 * </pre>
 */
public class RestSocialSecurityConfigurer extends AbstractHttpConfigurer<RestSocialSecurityConfigurer, HttpSecurity> {

	private AuthenticationEntryPoint entryPoint = new ProblemJsonAuthenticationEntryPoint();

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
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.entryPoint)
			.accessDeniedHandler(new ProblemJsonAccessDeniedHandler()))
			// An API answers 401 rather than saving the request for a login page (and a session with it).
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
	}

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		List<CredentialAuthenticator> authenticators = context.getBeanProvider(CredentialAuthenticator.class)
			.orderedStream()
			.toList();
		http.addFilterBefore(postProcess(new SocialCredentialAuthenticationFilter(authenticators, this.entryPoint)),
				AnonymousAuthenticationFilter.class);
	}

}
