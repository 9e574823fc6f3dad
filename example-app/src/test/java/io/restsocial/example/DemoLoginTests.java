package io.restsocial.example;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example app as a front-end uses it, over real HTTP on a random port: the demo provider's
 * authorize step, then each login endpoint, then {@code GET /api/user/} with the credential.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoLoginTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	@LocalServerPort
	private int port;

	@Test
	void configWhenNoRealKeysThenOnlyDemoProviders() throws Exception {
		JsonNode config = this.json.readTree(send(get("/api/config")).body());
		assertThat(config).hasSize(2);
		assertThat(config.get(0).get("name").asString()).isEqualTo("demo");
		assertThat(config.get(0).get("protocol").asString()).isEqualTo("oauth2");
		assertThat(config.get(0).get("authorization_uri").asString()).isEqualTo("/demo/oauth/authorize");
		assertThat(config.get(1).get("name").asString()).isEqualTo("demo-oauth1");
		assertThat(config.get(1).get("protocol").asString()).isEqualTo("oauth1");
		assertThat(config.get(1).get("authorization_uri").asString()).isEqualTo("/demo/oauth1/authorize");
	}

	@Test
	void tokenUserLoginThenTokenAuthenticatesUserEndpoint() throws Exception {
		JsonNode login = this.json.readTree(login("token_user", "alice").body());
		assertThat(login.get("username").asString()).isEqualTo("alice");
		assertThat(login.get("email").asString()).isEqualTo("alice@demo.example");
		assertThat(login.get("first_name").asString()).isEqualTo("Alice");
		assertThat(login.get("last_name").asString()).isEqualTo("Demo");
		assertThat(login.get("providers").get(0).asString()).isEqualTo("demo");
		// The example's pipeline step: the demo gives no picture, so the Gravatar of the email.
		assertThat(login.get("social_thumb").asString()).isEqualTo("https://gravatar.com/avatar/"
				+ "46152e2d86a55d3ae39b0214140f68e543c3ba9f730c0886275d58ed86b7ec5f?s=100&d=identicon");
		String token = login.get("token").asString();

		HttpResponse<String> user = send(get("/api/user/").header("Authorization", "Token " + token));
		assertThat(user.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(user.body());
		assertThat(body.get("id").asLong()).isEqualTo(login.get("id").asLong());
		assertThat(body.get("username").asString()).isEqualTo("alice");
		assertThat(body.get("social_thumb").asString()).isEqualTo(login.get("social_thumb").asString());
	}

	@Test
	void tokenLoginThenOnlyTheToken() throws Exception {
		JsonNode login = this.json.readTree(login("token", "carol").body());
		assertThat(login.properties()).hasSize(1);
		assertThat(login.get("token").asString()).hasSize(64);
		assertThat(send(get("/api/user").header("Authorization", "Token " + login.get("token").asString()))
			.statusCode()).isEqualTo(200);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "jwt-pair,Bearer", "jwt-pair-user,Bearer", "jwt-sliding,Bearer",
			"jwt-sliding-user,Bearer", "opaque,Token", "opaque_user,Token", "token,Token", "token_user,Token" })
	void everyTokenKindAuthenticatesUserEndpoint(String kind, String scheme) throws Exception {
		String username = "u-" + kind.replace('_', '-');
		JsonNode login = this.json.readTree(login(kind, username).body());
		HttpResponse<String> user = send(
				get("/api/user/").header("Authorization", scheme + " " + login.get("token").asString()));
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(user.body()).get("username").asString()).isEqualTo(username);
	}

	@Test
	void sessionLoginThenSessionCookieAuthenticatesUserEndpoint() throws Exception {
		HttpResponse<String> login = login("session", "bob");
		assertThat(this.json.readTree(login.body()).get("username").asString()).isEqualTo("bob");
		HttpResponse<String> user = send(get("/api/user/"));
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(user.body()).get("username").asString()).isEqualTo("bob");
	}

	@Test
	void userEndpointWhenNoCredentialsThen401ProblemJson() throws Exception {
		HttpResponse<String> user = send(get("/api/user/"));
		assertThat(user.statusCode()).isEqualTo(401);
		assertThat(user.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(this.json.readTree(user.body()).get("error").asString()).isNotBlank();
	}

	@Test
	void loginWhenCodeReplayedThen400() throws Exception {
		String code = authorize("dave");
		assertThat(post("token", code).statusCode()).isEqualTo(200);
		HttpResponse<String> replay = post("token", code);
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(replay.body()).get("error").asString()).contains("refused");
	}

	@Test
	void authorizeWhenRedirectUriOnAnotherHostThenRefused() throws Exception {
		HttpResponse<String> page = send(get("/demo/oauth/authorize?client_id=demo-client&response_type=code"
				+ "&redirect_uri=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8)));
		assertThat(page.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> login(String kind, String username) throws Exception {
		HttpResponse<String> response = post(kind, authorize(username));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private HttpResponse<String> post(String kind, String code) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/login/social/" + kind + "/demo/"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"code\":\"" + code + "\",\"redirect_uri\":\"" + redirectUri() + "\"}"));
		if (kind.equals("session")) {
			JsonNode csrf = this.json.readTree(send(get("/api/login/social/csrf/")).body());
			request.header(csrf.get("header").asString(), csrf.get("token").asString());
		}
		return send(request);
	}

	private String authorize(String username) throws Exception {
		String query = "client_id=demo-client&response_type=code&state=st&redirect_uri="
				+ URLEncoder.encode(redirectUri(), StandardCharsets.UTF_8);
		HttpResponse<String> page = send(get("/demo/oauth/authorize?" + query));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"username\"");
		HttpResponse<String> redirect = send(HttpRequest.newBuilder(uri("/demo/oauth/authorize"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(query + "&username=" + username)));
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(redirectUri()).contains("state=st");
		return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
	}

	private String redirectUri() {
		return "http://localhost:" + this.port + "/";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
