package io.restsocial.boot.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link LongUserDetailsTests} on a real PostgreSQL, whose {@code varchar} sizes count
 * characters and which refuses NUL characters in text.
 */
@TestPropertySource(properties = "rest.social.jdbc.initialize-schema=always")
@EnabledIfEnvironmentVariable(named = "SOCIAL_AUTH_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresLongUserDetailsTests extends LongUserDetailsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("SOCIAL_AUTH_PG_URL"));
	}

}
