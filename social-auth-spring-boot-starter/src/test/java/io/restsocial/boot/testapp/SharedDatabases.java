package io.restsocial.boot.testapp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases that several application instances of one test share: a fresh named in-memory
 * H2 always, and the PostgreSQL that {@code SOCIAL_AUTH_PG_URL} names when it is set (as
 * {@code .ci/run} does).
 */
public final class SharedDatabases {

	private SharedDatabases() {
	}

	/**
	 * The JDBC URLs, for a {@code @MethodSource}.
	 * @param name a name for the in-memory H2 database, unique per test class
	 * @return the URLs
	 */
	public static Stream<String> urls(String name) {
		List<String> urls = new ArrayList<>();
		urls.add("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		String postgres = System.getenv("SOCIAL_AUTH_PG_URL");
		if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
			urls.add(postgres);
		}
		return urls.stream();
	}

}
