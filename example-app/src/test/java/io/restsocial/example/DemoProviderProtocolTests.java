package io.restsocial.example;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth1.OAuth1Signer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo providers keep their protocols as a real provider would, over real HTTP: the OAuth 2.0
 * one checks PKCE, the OAuth 1.0a one checks every signature, and the starter runs the OAuth 1.0a
 * two-step login against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoProviderProtocolTests {

	private static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void tokenWhenCodeVerifierDoesNotMatchChallengeThenInvalidGrant() throws Exception {
		HttpResponse<String> wrong = token(authorizeWithChallenge("pat"), "another-verifier-" + VERIFIER);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(wrong.body()).get("error").asString()).isEqualTo("invalid_grant");
		HttpResponse<String> missing = token(authorizeWithChallenge("pat"), null);
		assertThat(missing.statusCode()).isEqualTo(400);
		HttpResponse<String> right = token(authorizeWithChallenge("pat"), VERIFIER);
		assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
		assertThat(this.json.readTree(right.body()).get("access_token").asString()).isNotBlank();
	}

	@Test
	void requestTokenWhenSignedWithWrongSecretThen401() throws Exception {
		assertThat(requestToken("wrong-secret").statusCode()).isEqualTo(401);
		HttpResponse<String> signed = requestToken("demo-secret");
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).contains("oauth_token=").contains("oauth_token_secret=")
			.contains("oauth_callback_confirmed=true");
	}

	@Test
	void loginWhenOAuth1TwoStepsThenUserAndTokenNotReusable() throws Exception {
		HttpResponse<String> first = login("{\"redirect_uri\":\"" + redirectUri() + "\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		String token = this.json.readTree(first.body()).get("oauth_token").asString();
		assertThat(this.json.readTree(first.body()).get("oauth_callback_confirmed").asString()).isEqualTo("true");

		assertThat(send(HttpRequest.newBuilder(uri("/demo/oauth1/authorize?oauth_token=" + token)).GET()).body())
			.contains("name=\"username\"");
		HttpResponse<String> redirect = send(form("/demo/oauth1/authorize", "oauth_token=" + token + "&username=olga"));
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(redirectUri()).contains("oauth_token=" + token);
		String verifier = location.replaceAll(".*[?&]oauth_verifier=([^&]+).*", "$1");

		String second = "{\"oauth_token\":\"" + token + "\",\"oauth_verifier\":\"" + verifier + "\"}";
		HttpResponse<String> login = login(second);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		JsonNode user = this.json.readTree(login.body());
		assertThat(user.get("username").asString()).isEqualTo("olga");
		assertThat(user.get("first_name").asString()).isEqualTo("Olga");
		assertThat(user.get("providers").get(0).asString()).isEqualTo("demo-oauth1");
		assertThat(login(second).statusCode()).isEqualTo(400);
	}

	private String authorizeWithChallenge(String username) throws Exception {
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
		String query = "client_id=demo-client&response_type=code&code_challenge=" + challenge
				+ "&code_challenge_method=S256&redirect_uri=" + URLEncoder.encode(redirectUri(), StandardCharsets.UTF_8);
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/demo/oauth/authorize?" + query)).GET());
		assertThat(page.body()).contains("name=\"code_challenge\" value=\"" + challenge + "\"");
		HttpResponse<String> redirect = send(form("/demo/oauth/authorize", query + "&username=" + username));
		assertThat(redirect.statusCode()).isEqualTo(302);
		return redirect.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]code=([^&]+).*", "$1");
	}

	private HttpResponse<String> token(String code, String verifier) throws Exception {
		String body = "grant_type=authorization_code&client_id=demo-client&client_secret=demo-secret&code=" + code
				+ "&redirect_uri=" + URLEncoder.encode(redirectUri(), StandardCharsets.UTF_8)
				+ ((verifier != null) ? "&code_verifier=" + verifier : "");
		return send(form("/demo/oauth/token", body));
	}

	private HttpResponse<String> requestToken(String secret) throws Exception {
		URI target = URI.create("http://127.0.0.1:" + this.port + "/demo/oauth1/request_token");
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_callback", redirectUri());
		oauth.put("oauth_consumer_key", "demo-client");
		oauth.put("oauth_nonce", "n" + System.nanoTime());
		oauth.put("oauth_signature_method", OAuth1Signer.HMAC_SHA1);
		oauth.put("oauth_timestamp", String.valueOf(Instant.now().getEpochSecond()));
		oauth.put("oauth_version", "1.0");
		List<Map.Entry<String, String>> form = new ArrayList<>();
		oauth.put("oauth_signature", OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1,
				OAuth1Signer.baseString("POST", target, form, oauth), secret, null));
		return send(HttpRequest.newBuilder(target)
			.header("Authorization", OAuth1Signer.authorizationHeader(oauth))
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpResponse<String> login(String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/login/social/token_user/demo-oauth1/"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private String redirectUri() {
		return "http://localhost:" + this.port + "/";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
