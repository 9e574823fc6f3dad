package io.restsocial.boot.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.SharedDatabases;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances of an application behind a load balancer, on one database: whatever one
 * issues or revokes, the other honours, since nothing of a login lives in one instance's memory.
 * JWTs verify on both because both are configured with the same secret; an instance with a key
 * of its own (no secret set: a random one) refuses them. Run on a shared in-memory H2, and on
 * PostgreSQL when {@code SOCIAL_AUTH_PG_URL} names one.
 */
class TwoInstancesTests {

	private static final String SECRET = "two-instances-share-this-secret-0123456789";

	@RegisterExtension
	static FakeGitHub github = FakeGitHub.shared();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> databases() {
		return SharedDatabases.urls("two-instances");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void opaqueTokenWhenIssuedByOneInstanceThenAuthenticatesOnTheOtherUntilLoggedOutOnEither(String database)
			throws Exception {
		github.user("opaque", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		try (ConfigurableApplicationContext first = start(database, SECRET);
				ConfigurableApplicationContext second = start(database, SECRET)) {
			clean(first);
			String token = ok(send(first, "/api/login/social/opaque_user/github/", "{\"code\":\"opaque\"}", null))
				.get("token")
				.asString();
			assertThat(ok(send(second, "/api/me", null, "Token " + token)).get("username").asString())
				.isEqualTo("octocat");

			assertThat(send(first, "/api/login/logout/", "", "Token " + token).statusCode()).isEqualTo(204);
			assertThat(send(second, "/api/me", null, "Token " + token).statusCode()).isEqualTo(401);
			assertThat(send(first, "/api/me", null, "Token " + token).statusCode()).isEqualTo(401);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void jwtWhenIssuedByOneInstanceThenVerifiedOnTheOtherAndItsBlacklistShared(String database) throws Exception {
		github.user("jwt", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		try (ConfigurableApplicationContext first = start(database, SECRET);
				ConfigurableApplicationContext second = start(database, SECRET)) {
			clean(first);
			JsonNode pair = ok(send(first, "/api/login/social/jwt-pair/github/", "{\"code\":\"jwt\"}", null));
			String access = pair.get("token").asString();
			String refresh = pair.get("refresh").asString();
			assertThat(ok(send(second, "/api/me", null, "Bearer " + access)).get("username").asString())
				.isEqualTo("octocat");
			assertThat(ok(send(second, "/api/login/token/refresh/", "{\"refresh\":\"" + refresh + "\"}", null))
				.has("token")).isTrue();

			String body = "{\"refresh\":\"" + refresh + "\"}";
			assertThat(send(first, "/api/login/token/blacklist/", body, null).statusCode()).isEqualTo(200);
			HttpResponse<String> refused = send(second, "/api/login/token/refresh/",
					"{\"refresh\":\"" + refresh + "\"}", null);
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.body()).contains("blacklisted");
			assertThat(send(second, "/api/login/token/verify/", "{\"token\":\"" + refresh + "\"}", null).statusCode())
				.isEqualTo(401);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void jwtWhenTheOtherInstanceHasNoSecretConfiguredThenRefusedThere(String database) throws Exception {
		github.user("keys", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		try (ConfigurableApplicationContext configured = start(database, SECRET);
				ConfigurableApplicationContext random = start(database, null)) {
			clean(configured);
			String access = ok(send(configured, "/api/login/social/jwt-pair/github/", "{\"code\":\"keys\"}", null))
				.get("token")
				.asString();
			assertThat(send(random, "/api/me", null, "Bearer " + access).statusCode()).isEqualTo(401);
			assertThat(send(configured, "/api/me", null, "Bearer " + access).statusCode()).isEqualTo(200);
		}
	}

	private ConfigurableApplicationContext start(String database, String secret) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + database,
				"rest.social.jdbc.initialize-schema=always", "rest.social.providers.github.client-id=gh-client",
				"rest.social.providers.github.client-secret=gh-secret",
				"rest.social.providers.github.token-uri=" + github.baseUrl() + FakeGitHub.TOKEN_PATH,
				"rest.social.providers.github.user-info-uri=" + github.baseUrl() + "/user"));
		if (secret != null) {
			properties.add("rest.social.jwt.secret=" + secret);
		}
		return new SpringApplicationBuilder(TestApp.class).properties(properties.toArray(String[]::new)).run();
	}

	private static void clean(ConfigurableApplicationContext context) {
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		jdbc.sql("DELETE FROM social_opaque_token").update();
		jdbc.sql("DELETE FROM social_jwt_blacklist").update();
		GitHubStubs.deleteAll(jdbc);
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> send(ConfigurableApplicationContext context, String path, String body,
			String authorization) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null && body.isEmpty()) {
			request.POST(HttpRequest.BodyPublishers.noBody());
		}
		else if (body != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
