package io.restsocial.boot.autoconfigure;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.ClassUtils;

/**
 * Actuator's health endpoint, which the default filter chain leaves open as Boot's management
 * security does (since Boot 2.5, health only: info, which can carry the build, the Git commit and
 * {@code info.*} properties, needs a credential). Every other endpoint needs a credential. Its
 * types are touched only when Actuator is on the classpath.
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
		return new RequestMatcher[] { EndpointRequest.to(HealthEndpoint.class),
				EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class) };
	}

}
