package io.restsocial.boot.oauth1;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.SharedDatabases;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances of an application on one database: OAuth 1.0a step one on the first,
 * step two on the second, which finds the request-token secret in the shared table, and, for a
 * browser, the binding its state cookie must match. Run on H2, and on PostgreSQL when
 * {@code .ci/postgres.sh} started one.
 */
class OAuth1TwoInstancesTests {

	@RegisterExtension
	static WireMockExtension twitter = GitHubStubs.server();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> databases() {
		return SharedDatabases.urls("oauth1");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void oauth1WhenStepTwoReachesAnotherInstanceThenLoggedIn(String database) throws Exception {
		stubTwitter();
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			JdbcClient.create(first.getBean(javax.sql.DataSource.class)).sql("DELETE FROM social_oauth1_request").update();
			JsonNode stepOne = login(first, "{\"redirect_uri\":\"https://app.example/cb\"}");
			assertThat(stepOne.get("oauth_token").asString()).isEqualTo("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0");
			assertThat(stepOne.get("oauth_callback_confirmed").asString()).isEqualTo("true");
			assertThat(stepOne.has("oauth_token_secret")).isFalse();

			JsonNode stepTwo = login(second, "{\"oauth_token\":\"" + stepOne.get("oauth_token").asString()
					+ "\",\"oauth_verifier\":\"uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY\"}");
			assertThat(stepTwo.get("username").asString()).isEqualTo("kurrik");
			assertThat(stepTwo.get("token").asString()).hasSize(64);

			HttpResponse<String> replay = send(first, "{\"oauth_token\":\"" + stepOne.get("oauth_token").asString()
					+ "\",\"oauth_verifier\":\"uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY\"}");
			assertThat(replay.statusCode()).isEqualTo(400);
			assertThat(this.json.readTree(replay.body()).get("fields").get(0).asString()).isEqualTo("oauth_token");
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void oauth1WhenABrowsersStepTwoReachesAnotherInstanceThenItsCookieIsChecked(String database) throws Exception {
		stubTwitter();
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			JdbcClient.create(first.getBean(javax.sql.DataSource.class)).sql("DELETE FROM social_oauth1_request").update();
			HttpResponse<String> stepOne = send(first, "{\"redirect_uri\":\"https://app.example/cb\"}",
					"Origin", "https://app.example");
			assertThat(stepOne.statusCode()).as(stepOne.body()).isEqualTo(200);
			String cookie = stepOne.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			assertThat(cookie).startsWith("SOCIAL_STATE=");
			String token = this.json.readTree(stepOne.body()).get("oauth_token").asString();
			String stepTwo = "{\"oauth_token\":\"" + token
					+ "\",\"oauth_verifier\":\"uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY\"}";

			HttpResponse<String> withoutCookie = send(second, stepTwo, "Origin", "https://app.example");
			assertThat(withoutCookie.statusCode()).isEqualTo(400);
			assertThat(this.json.readTree(withoutCookie.body()).get("fields").get(0).asString()).isEqualTo("oauth_token");

			HttpResponse<String> withCookie = send(second, stepTwo, "Origin", "https://app.example", "Cookie", cookie);
			assertThat(withCookie.statusCode()).as(withCookie.body()).isEqualTo(200);
			assertThat(this.json.readTree(withCookie.body()).get("username").asString()).isEqualTo("kurrik");
		}
	}

	private ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(TestApp.class).properties("server.port=0",
				"spring.datasource.url=" + database, "rest.social.jdbc.initialize-schema=always",
				"rest.social.providers.twitter.client-id=consumer-key",
				"rest.social.providers.twitter.client-secret=consumer-secret",
				"rest.social.providers.twitter.request-token-uri=" + twitter.baseUrl() + "/oauth/request_token",
				"rest.social.providers.twitter.access-token-uri=" + twitter.baseUrl() + "/oauth/access_token",
				"rest.social.providers.twitter.user-info-uri=" + twitter.baseUrl()
						+ "/1.1/account/verify_credentials.json?include_email=true")
			.run();
	}

	private JsonNode login(ConfigurableApplicationContext context, String body) throws Exception {
		HttpResponse<String> response = send(context, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> send(ConfigurableApplicationContext context, String body, String... headers)
			throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/login/social/token_user/twitter/"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void stubTwitter() {
		twitter.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(200)
			.withBody("oauth_token=NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0&oauth_token_secret=veNRnAWe6inFuo8o2u8"
					+ "SLLZLjolYDmDP7SzL0YfYI&oauth_callback_confirmed=true")));
		twitter.stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(200)
			.withBody("oauth_token=7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4&oauth_token_secret=PbKfYqSryyeKDWz"
					+ "4ebtY3o5ogNLG11WJuZBc9fQrQo&user_id=7588892&screen_name=kurrik")));
		twitter.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json")).willReturn(okJson(
				"{\"id\":7588892,\"id_str\":\"7588892\",\"name\":\"Arne Roomann-Kurrik\",\"screen_name\":\"kurrik\","
						+ "\"email\":\"kurrik@example.com\"}")));
	}

}
