package io.restsocial.boot.autoconfigure;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.ClassUtils;

/**
 * Actuator's health and info endpoints, which the default filter chain leaves open: health as
 * Boot's management security does, and info, which says only what the application chose to put
 * there (and is served only when {@code management.endpoints.web.exposure.include} names it).
 * Every other endpoint needs a credential. Its types are touched only when Actuator is on the
 * classpath.
 */
final class ActuatorHealth {

	private static final String HEALTH_ENDPOINT = "org.springframework.boot.health.actuate.endpoint.HealthEndpoint";

	private static final String WEB_ENDPOINTS = "org.springframework.boot.actuate.endpoint.web.WebServerNamespace";

	private ActuatorHealth() {
	}

	static boolean isPresent() {
		ClassLoader classLoader = ActuatorHealth.class.getClassLoader();
		return ClassUtils.isPresent(HEALTH_ENDPOINT, classLoader) && ClassUtils.isPresent(WEB_ENDPOINTS, classLoader);
	}

	static RequestMatcher[] matchers() {
		return new RequestMatcher[] { EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class),
				EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class) };
	}

}
