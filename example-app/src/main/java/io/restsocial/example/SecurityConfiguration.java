package io.restsocial.example;

import io.restsocial.boot.security.RestSocialSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's own filter chain: the page and the demo provider are open, everything else
 * needs a session or a token issued by a social login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain appSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/index.html", "/app.js", "/favicon.ico", "/error", "/api/config", "/demo/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			// The demo provider's endpoints stand for another site: its form and its server-to-server
			// token endpoint carry no token of ours.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/demo/**"))
			.with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
		return http.build();
	}

}
