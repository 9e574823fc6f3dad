package io.restsocial.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example application: the starter on an embedded H2 database, a page that logs in through
 * each endpoint, a {@code GET /api/user/} endpoint, and a demo provider for a try without keys.
 */
@SpringBootApplication
public class ExampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExampleApplication.class, args);
	}

}
