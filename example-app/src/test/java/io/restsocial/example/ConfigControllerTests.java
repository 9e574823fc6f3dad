package io.restsocial.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With real keys the page's buttons are the real providers': {@code GET /api/config} lists them
 * with their protocol and authorization endpoint, and the demo providers are gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rest.social.providers.github.client-id=real-id",
				"rest.social.providers.github.client-secret=real-secret" })
class ConfigControllerTests {

	@LocalServerPort
	private int port;

	@Test
	void configWhenRealKeysThenRealProvidersOnly() throws Exception {
		HttpResponse<String> response = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/config")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode config = JsonMapper.builder().build().readTree(response.body());
		assertThat(config).hasSize(1);
		assertThat(config.get(0).get("name").asString()).isEqualTo("github");
		assertThat(config.get(0).get("protocol").asString()).isEqualTo("oauth2");
		assertThat(config.get(0).get("authorization_uri").asString())
			.isEqualTo("https://github.com/login/oauth/authorize");
		assertThat(config.get(0).get("client_id").asString()).isEqualTo("real-id");
	}

}
