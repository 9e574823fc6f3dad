package io.restsocial.boot.security;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Lets the credentials rest-social-auth issues authenticate a {@code SecurityFilterChain} of the
 * application's own: {@code Authorization} headers through every {@link CredentialAuthenticator}
 * bean, and 401 answers as problem JSON. The session cookie needs nothing: Spring Security reads
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
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.entryPoint));
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
