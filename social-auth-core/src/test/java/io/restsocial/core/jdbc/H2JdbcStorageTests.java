package io.restsocial.core.jdbc;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

class H2JdbcStorageTests extends JdbcStorageTests {

	@Override
	protected DataSource createDataSource() {
		return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
	}

	@Override
	protected String platform() {
		return "h2";
	}

}
