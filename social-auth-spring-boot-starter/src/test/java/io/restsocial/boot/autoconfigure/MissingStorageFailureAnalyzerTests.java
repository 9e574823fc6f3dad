package io.restsocial.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application with the starter but no database fails to start with a report that says why
 * and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingStorageFailureAnalyzerTests {

	@Test
	void startupWhenNoDataSourceThenReportNamesTheMissingStorageAndTheFix(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NoDatabaseApp.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off"));
		assertThat(output).contains("rest-social-auth needs a UserService bean")
			.contains("Add spring-boot-starter-jdbc and a JDBC driver");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
	static class NoDatabaseApp {

	}

}
