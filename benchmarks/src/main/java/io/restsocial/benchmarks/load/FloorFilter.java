package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The floor of a returning login in the app's own process: a servlet filter, ahead of Spring
 * Security and Spring MVC, that does what such a login cannot do without and nothing else. It
 * reads the code from the JSON body; exchanges it at the token endpoint and reads the user, with
 * a {@link RestClient} on a pooled Apache HttpClient 5, as the starter's provider calls go; finds
 * the account with its user, then the user's stored token, in two queries; and answers the token
 * and the user as JSON. No state, CSRF, pipeline, transaction or checks: a bench's yardstick
 * ({@code floor} rows of {@link LoginLoadBench}), never a way to log in.
 * <p>
 * Run in the same JVM as the starter's logins, on the same Tomcat, HTTP client, pool and database,
 * it tells the part of a login's cost that is this stack's own from the part that the starter and
 * the Spring layers above it add.
 */
final class FloorFilter extends HttpFilter {

	/** The path it answers, {@code POST} only. */
	static final String PATH = "/bench/floor";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	private final JdbcClient jdbc;

	private final URI tokenUri;

	private final URI userUri;

	private final String credentials;

	FloorFilter(JdbcClient jdbc, URI tokenUri, URI userUri, String clientId, String clientSecret) {
		// As the starter's provider client: one pool for all logins, wide enough for the bench.
		this.http = RestClient.builder()
			.requestFactory(ClientHttpRequestFactoryBuilder.httpComponents()
				.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(64).setMaxConnTotal(64))
				.build())
			.build();
		this.jdbc = jdbc;
		this.tokenUri = tokenUri;
		this.userUri = userUri;
		this.credentials = "client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		JsonNode body = JSON.readTree(request.getInputStream());
		String form = this.credentials + "&grant_type=authorization_code&code=" + encode(body.path("code").asString());
		JsonNode token = this.http.post()
			.uri(this.tokenUri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		JsonNode user = this.http.get()
			.uri(this.userUri)
			.header("Authorization", "Bearer " + token.path("access_token").asString())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		Map<String, Object> found = this.jdbc
			.sql("SELECT u.id, u.username, u.email, u.first_name, u.last_name FROM social_account a"
					+ " JOIN social_user u ON u.id = CAST(a.user_id AS BIGINT) WHERE a.provider = ? AND a.uid = ?")
			.params("github", user.path("id").asString())
			.query()
			.singleRow();
		// The token table keys users by their id as a string, as the starter's StoredTokenService.
		String userId = String.valueOf(found.values().iterator().next());
		String key = this.jdbc.sql("SELECT token_key FROM social_token WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.single();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", key);
		answer.putAll(found);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), answer);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
