package io.restsocial.boot.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.util.StringUtils;

/**
 * Creates the rest-social-auth tables per {@code rest.social.jdbc.initialize-schema}: by
 * default only in an embedded database. The scripts only create what is missing.
 */
public class RestSocialSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	/**
	 * Create the initializer.
	 * @param dataSource the database
	 * @param properties the JDBC settings
	 */
	public RestSocialSchemaInitializer(DataSource dataSource, RestSocialProperties.Jdbc properties) {
		super(dataSource, settings(dataSource, properties));
	}

	static DatabaseInitializationSettings settings(DataSource dataSource, RestSocialProperties.Jdbc properties) {
		PlatformPlaceholderDatabaseDriverResolver resolver = new PlatformPlaceholderDatabaseDriverResolver();
		List<String> locations = StringUtils.hasText(properties.getPlatform())
				? resolver.resolveAll(properties.getPlatform(), properties.getSchema())
				: resolver.resolveAll(dataSource, properties.getSchema());
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(locations);
		settings.setMode(properties.getInitializeSchema());
		return settings;
	}

}
