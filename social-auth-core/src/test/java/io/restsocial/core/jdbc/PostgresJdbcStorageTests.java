package io.restsocial.core.jdbc;

import javax.sql.DataSource;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Runs against the PostgreSQL server that {@code .ci/run} starts ({@code .ci/postgres.sh}).
 */
@EnabledIfEnvironmentVariable(named = "SOCIAL_AUTH_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresJdbcStorageTests extends JdbcStorageTests {

	@Override
	protected DataSource createDataSource() {
		return new DriverManagerDataSource(System.getenv("SOCIAL_AUTH_PG_URL"));
	}

	@Override
	protected String platform() {
		return "postgresql";
	}

}
