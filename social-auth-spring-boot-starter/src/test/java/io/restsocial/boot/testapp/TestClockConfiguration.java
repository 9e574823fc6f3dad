package io.restsocial.boot.testapp;

import java.time.Instant;

import io.restsocial.core.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock bean that the starter picks up for token expiry, and tests move forward.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
	}

}
