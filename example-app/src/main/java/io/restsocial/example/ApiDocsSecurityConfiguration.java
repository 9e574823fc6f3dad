package io.restsocial.example;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's description is open: springdoc's {@code /v3/api-docs} and Swagger UI
 * ({@code /swagger-ui.html}), which lists the starter's endpoints with the app's own, need no
 * credential. A chain of their own, so the app's chain stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
