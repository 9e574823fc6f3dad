package io.restsocial.boot.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ConcurrentFirstLoginTests} on a real PostgreSQL ({@code .ci/postgres.sh}), whose
 * unique-key waits and aborted transactions differ from H2's.
 */
@EnabledIfEnvironmentVariable(named = "SOCIAL_AUTH_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresConcurrentFirstLoginTests extends ConcurrentFirstLoginTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("SOCIAL_AUTH_PG_URL"));
		registry.add("rest.social.jdbc.initialize-schema", () -> "always");
	}

}
