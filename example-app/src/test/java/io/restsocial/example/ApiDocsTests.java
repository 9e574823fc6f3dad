package io.restsocial.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's OpenAPI document and Swagger UI, open without a credential, describe every endpoint
 * of the starter: each login endpoint by name, and the companions, with their request bodies (JSON
 * and form-encoded) and their answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTests {

	private static final List<String> LOGINS = List.of("session", "token", "token_user", "jwt-pair", "jwt-pair-user",
			"jwt-sliding", "jwt-sliding-user", "opaque", "opaque_user", "knox", "knox_user");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	@LocalServerPort
	private int port;

	@Test
	void apiDocsWhenNoCredentialThenEveryLoginEndpointWithItsBodyAndAnswer() throws Exception {
		JsonNode doc = apiDocs();
		for (String name : LOGINS) {
			JsonNode login = operation(doc, "/api/login/social/" + name + "/", "post");
			assertThat(schema(login.get("requestBody"), "application/json").get("$ref").asString())
				.isEqualTo("#/components/schemas/SocialLoginRequest");
			assertThat(schema(login.get("requestBody"), "application/x-www-form-urlencoded")).isNotNull();
			assertThat(schema(login.at("/responses/200"), "application/json")).isNotNull();
			assertThat(schema(login.at("/responses/400"), "application/problem+json")).isNotNull();
		}
		assertThat(doc.at("/components/schemas/SocialLoginRequest/properties").propertyNames()).contains("provider",
				"code", "redirect_uri", "code_verifier", "state", "oauth_token", "oauth_verifier", "id_token",
				"access_token", "user");
		assertThat(doc.at("/components/schemas/SocialUser/properties").propertyNames()).containsExactly("id",
				"username", "email", "first_name", "last_name");
		// One path per endpoint: not the parameterised mapping, nor the forms without the slash.
		assertThat(doc.get("paths").propertyNames()).noneMatch((path) -> path.contains("{endpoint}"))
			.doesNotContain("/api/login/social/token", "/api/login/social/csrf");
		String tokenUser = doc.at("/paths/~1api~1login~1social~1token_user~1/post/responses/200/content")
			.toString();
		assertThat(tokenUser).contains("#/components/schemas/SocialUser").contains("\"token\"");
		String opaque = doc.at("/paths/~1api~1login~1social~1knox~1/post/responses/200/content").toString();
		assertThat(opaque).contains("\"expiry\"").doesNotContain("SocialUser");
	}

	@Test
	void apiDocsWhenNoCredentialThenEveryCompanionWithItsBodyAndAnswer() throws Exception {
		JsonNode doc = apiDocs();
		for (String path : List.of("/api/login/social/complete/", "/api/login/token/refresh/",
				"/api/login/token/sliding/refresh/", "/api/login/token/verify/", "/api/login/token/blacklist/")) {
			JsonNode operation = operation(doc, path, "post");
			assertThat(schema(operation.get("requestBody"), "application/json")).as(path).isNotNull();
			assertThat(schema(operation.get("requestBody"), "application/x-www-form-urlencoded")).as(path).isNotNull();
			assertThat(schema(operation.at("/responses/200"), "application/json")).as(path).isNotNull();
		}
		assertThat(operation(doc, "/api/login/token/refresh/", "post").at(
				"/requestBody/content/application~1json/schema/properties/refresh")
			.isMissingNode()).isFalse();
		JsonNode state = operation(doc, "/api/login/social/state/{provider}/", "post");
		assertThat(state.has("requestBody")).isFalse();
		assertThat(state.get("parameters").findValuesAsString("name")).containsExactly("provider", "redirect_uri");
		JsonNode stateAnswer = resolved(doc, schema(state.at("/responses/200"), "application/json"));
		assertThat(stateAnswer.path("type").asString()).isEqualTo("object");
		assertThat(stateAnswer.get("properties").propertyNames()).containsExactly("state", "nonce", "code_challenge",
				"code_challenge_method", "expires_at", "authorization_url");
		JsonNode csrf = operation(doc, "/api/login/social/csrf/", "get");
		assertThat(resolved(doc, schema(csrf.at("/responses/200"), "application/json")).get("properties")
			.propertyNames()).containsExactly("token", "header");
		JsonNode accounts = operation(doc, "/api/login/social/accounts/", "get");
		JsonNode list = schema(accounts.at("/responses/200"), "application/json");
		assertThat(list.get("type").asString()).isEqualTo("array");
		assertThat(resolved(doc, list.get("items")).get("properties").propertyNames()).containsExactly("id",
				"provider", "uid", "created", "modified");
		assertThat(schema(operation(doc, "/api/login/social/accounts/user/", "get").at("/responses/200"),
				"application/json")
			.get("$ref")
			.asString()).isEqualTo("#/components/schemas/SocialUser");
		assertThat(operation(doc, "/api/login/social/accounts/{provider}/{id}/", "delete").at("/responses/204")
			.isMissingNode()).isFalse();
		assertThat(operation(doc, "/api/login/jwks.json", "get").at("/responses/200/content")
			.has("application/jwk-set+json")).isTrue();
		for (String logout : List.of("/api/login/logout/", "/api/login/logoutall/")) {
			assertThat(operation(doc, logout, "post").at("/responses/204").isMissingNode()).as(logout).isFalse();
		}
		assertThat(doc.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "error", "fields");
	}

	@Test
	void swaggerUiWhenNoCredentialThenServed() throws Exception {
		HttpResponse<String> ui = send("/swagger-ui.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("Swagger UI");
	}

	private JsonNode apiDocs() throws Exception {
		HttpResponse<String> docs = send("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		return this.json.readTree(docs.body());
	}

	private static JsonNode operation(JsonNode doc, String path, String method) {
		JsonNode operation = doc.get("paths").get(path);
		assertThat(operation).as("path %s in %s", path, doc.get("paths").propertyNames()).isNotNull();
		assertThat(operation.get(method)).as("%s %s", method, path).isNotNull();
		return operation.get(method);
	}

	private static JsonNode schema(JsonNode holder, String mediaType) {
		assertThat(holder).isNotNull();
		JsonNode schema = holder.path("content").path(mediaType).get("schema");
		assertThat(schema).as("%s schema of %s", mediaType, holder).isNotNull();
		return schema;
	}

	private static JsonNode resolved(JsonNode doc, JsonNode schema) {
		if (!schema.has("$ref")) {
			return schema;
		}
		return doc.at("/components/schemas/" + schema.get("$ref").asString().substring("#/components/schemas/".length()));
	}

	private HttpResponse<String> send(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
