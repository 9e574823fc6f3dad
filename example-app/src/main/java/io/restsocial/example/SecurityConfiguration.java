package io.restsocial.example;

import io.restsocial.boot.security.RestSocialSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's own filter chains: the page is open, everything else needs a session or a
 * token issued by a social login. The demo provider stands for another site, so it has a chain
 * of its own that knows nothing of this app's credentials (its Bearer tokens are not our JWTs).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain demoProviderSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/demo/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// Its form and its server-to-server token endpoint carry no token of ours.
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	SecurityFilterChain appSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/index.html", "/app.js", "/favicon.ico", "/error", "/api/config")
			.permitAll()
			.anyRequest()
			.authenticated()).with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
		return http.build();
	}

}
