package io.restsocial.example;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator's endpoints, open to anyone: health and info as a load balancer or an uptime check
 * needs them (the starter's default chain leaves health open the same way, by
 * {@link EndpointRequest}), and metrics and the Prometheus scrape because this is a demo. A real
 * application keeps those two behind its own security, or on a management port of their own.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(EndpointRequest.to("health", "info", "metrics", "prometheus"))
				.permitAll()
				.anyRequest()
				.denyAll())
			// Read-only endpoints, and no session: nothing for a CSRF token to protect.
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
