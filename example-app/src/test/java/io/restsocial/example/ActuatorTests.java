package io.restsocial.example;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator in the example app, over real HTTP without credentials: health and info answer, and
 * after a demo login the Prometheus scrape lists the login and the calls to the demo provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	@LocalServerPort
	private int port;

	@Test
	void healthWhenNoCredentialsThen200Up() throws Exception {
		HttpResponse<String> health = send(get("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoWhenNoCredentialsThen200() throws Exception {
		HttpResponse<String> info = send(get("/actuator/info"));
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(info.body()).has("java")).isTrue();
	}

	@Test
	void otherActuatorEndpointsWhenNoCredentialsThenRefused() throws Exception {
		assertThat(send(get("/actuator/beans")).statusCode()).isIn(401, 403, 404);
		assertThat(send(get("/actuator/env")).statusCode()).isIn(401, 403, 404);
	}

	@Test
	void prometheusWhenDemoLoginDoneThenListsTheLoginAndTheProviderCalls() throws Exception {
		String success = "rest_social_login_seconds_count\\{[^}]*kind=\"token\",outcome=\"success\","
				+ "provider=\"demo\"\\}";
		String unknown = "rest_social_login_seconds_count\\{[^}]*kind=\"token\",outcome=\"unknown_provider\","
				+ "provider=\"unknown\"\\}";
		String before = scrape();
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/api/login/social/token/demo/"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"code\":\"" + authorize("metered") + "\",\"redirect_uri\":\"" + redirectUri() + "\"}")));
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/login/social/token/no-such/"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"x\"}")));
		assertThat(refused.statusCode()).isEqualTo(404);

		String after = scrape();
		assertThat(after).contains("rest_social_login_seconds_count{")
			.containsPattern("http_client_requests_seconds_count\\{[^}]*provider=\"demo\"")
			.doesNotContain("no-such")
			// The long task timer of running logins does not claim an outcome yet.
			.doesNotContainPattern("rest_social_login_active_seconds_count\\{[^}]*outcome=\"success\"");
		assertThat(count(after, success) - count(before, success)).isEqualTo(1);
		assertThat(count(after, unknown) - count(before, unknown)).isEqualTo(1);
	}

	private String scrape() throws Exception {
		HttpResponse<String> scrape = send(get("/actuator/prometheus"));
		assertThat(scrape.statusCode()).isEqualTo(200);
		return scrape.body();
	}

	// The value of the one series of a scrape that matches, 0 when none does.
	private static double count(String scrape, String series) {
		Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private String authorize(String username) throws Exception {
		String query = "client_id=demo-client&response_type=code&state=st&redirect_uri="
				+ URLEncoder.encode(redirectUri(), StandardCharsets.UTF_8);
		HttpResponse<String> redirect = send(HttpRequest.newBuilder(uri("/demo/oauth/authorize"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(query + "&username=" + username)));
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
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
