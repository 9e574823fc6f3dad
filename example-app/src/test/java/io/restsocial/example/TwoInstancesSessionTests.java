package io.restsocial.example;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the example app on one database, as behind a load balancer: a session login
 * on the first, and its session cookie and stored token accepted by the second (Spring Session
 * JDBC keeps the session in the shared database). On H2, and on PostgreSQL when
 * {@code .ci/postgres.sh} started one.
 */
class TwoInstancesSessionTests {

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> databases() {
		List<String> urls = new ArrayList<>();
		urls.add("jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		String postgres = System.getenv("SOCIAL_AUTH_PG_URL");
		if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
			urls.add(postgres);
		}
		return urls.stream();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void sessionWhenLoggedInOnOneInstanceThenTheOtherKnowsIt(String database) throws Exception {
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(cookies)
				.build();
			String a = "http://localhost:" + port(first);
			String b = "http://localhost:" + port(second);
			String redirect = a + "/";

			String query = "client_id=demo-client&response_type=code&state=s&redirect_uri="
					+ URLEncoder.encode(redirect, StandardCharsets.UTF_8);
			HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(URI.create(a + "/demo/oauth/authorize"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(query + "&username=roamer"))
				.build(), HttpResponse.BodyHandlers.ofString());
			String code = authorized.headers().firstValue("Location").orElseThrow().replaceAll(".*code=([^&]+).*", "$1");
			JsonNode csrf = this.json.readTree(http
				.send(HttpRequest.newBuilder(URI.create(a + "/api/login/social/csrf/")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body());
			HttpResponse<String> login = http.send(HttpRequest
				.newBuilder(URI.create(a + "/api/login/social/session/demo/"))
				.header("Content-Type", "application/json")
				.header(csrf.get("header").asString(), csrf.get("token").asString())
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"code\":\"" + code + "\",\"redirect_uri\":\"" + redirect + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

			HttpCookie session = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("SESSION"))
				.findFirst()
				.orElseThrow();
			HttpResponse<String> onSecond = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.build()
				.send(HttpRequest.newBuilder(URI.create(b + "/api/user/"))
					.header("Cookie", "SESSION=" + session.getValue())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(this.json.readTree(onSecond.body()).get("username").asString()).isEqualTo("roamer");
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(ExampleApplication.class).properties("server.port=0",
				"spring.datasource.url=" + database, "rest.social.jdbc.initialize-schema=always",
				"spring.session.jdbc.initialize-schema=always", "example.demo.enabled=true")
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
