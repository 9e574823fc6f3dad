package io.restsocial.benchmarks;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A pooled in-memory H2 database with the rest-social-auth schema, as an app would run it.
 */
final class Databases {

	private Databases() {
	}

	static HikariDataSource h2() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		config.setMaximumPoolSize(4);
		HikariDataSource dataSource = new HikariDataSource(config);
		schema(dataSource);
		return dataSource;
	}

	private static void schema(DataSource dataSource) {
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
	}

}
