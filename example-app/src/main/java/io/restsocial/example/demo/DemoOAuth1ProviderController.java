package io.restsocial.example.demo;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restsocial.core.oauth1.OAuth1Signer;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The demo provider's OAuth 1.0a side, as Twitter's: a request-token endpoint, an authorize page
 * that asks only for a name, an access-token endpoint and a user endpoint. Every server call must
 * be signed (HMAC-SHA1) with the client secret and the token secret of its step. Tokens live in
 * memory; as a demo it does not remember nonces nor check timestamps, which a real provider does
 * against replays.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5849#section-2">RFC 5849, section 2</a>
 */
@Controller
@Conditional(DemoEnabledCondition.class)
class DemoOAuth1ProviderController {

	private static final Duration REQUEST_TOKEN_TTL = Duration.ofMinutes(10);

	private final String clientId;

	private final String clientSecret;

	private final Map<String, RequestGrant> requestTokens = new ConcurrentHashMap<>();

	private final Map<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();

	DemoOAuth1ProviderController(@Value("${example.demo.client-id:demo-client}") String clientId,
			@Value("${example.demo.client-secret:demo-secret}") String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	@PostMapping("/demo/oauth1/request_token")
	ResponseEntity<String> requestToken(HttpServletRequest request) {
		Map<String, String> oauth = signedBy(request, null);
		String callback = (oauth != null) ? oauth.get("oauth_callback") : null;
		if (callback == null || !DemoProviderController.allowedRedirect(callback, request)) {
			return unauthorized("Bad signature, or an oauth_callback outside this host and localhost");
		}
		String token = DemoProviderController.random();
		String secret = DemoProviderController.random();
		this.requestTokens.put(token,
				new RequestGrant(secret, callback, null, null, Instant.now().plus(REQUEST_TOKEN_TTL)));
		return form(Map.of("oauth_token", token, "oauth_token_secret", secret, "oauth_callback_confirmed", "true"));
	}

	@GetMapping(path = "/demo/oauth1/authorize", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> authorizePage(@RequestParam("oauth_token") String token) {
		RequestGrant grant = this.requestTokens.get(token);
		if (grant == null || grant.expired()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_HTML)
				.body(DemoProviderController.page("<p>Unknown or expired oauth_token.</p>"));
		}
		String form = "<form method=\"post\" action=\"/demo/oauth1/authorize\">"
				+ "<p>The demo provider over OAuth 1.0a stands in for Twitter. Sign in as anyone:</p>"
				+ DemoProviderController.usernameField() + DemoProviderController.hidden("oauth_token", token)
				+ "<button id=\"allow\" type=\"submit\">Allow</button></form>";
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(DemoProviderController.page(form));
	}

	@PostMapping("/demo/oauth1/authorize")
	ResponseEntity<String> authorize(@RequestParam("oauth_token") String token,
			@RequestParam("username") String username) {
		RequestGrant grant = this.requestTokens.get(token);
		String verifier = DemoProviderController.random();
		if (grant == null || grant.expired() || grant.verifier() != null || !DemoProviderController.validUsername(username)
				|| !this.requestTokens.replace(token, grant, grant.authorized(username, verifier))) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_HTML)
				.body(DemoProviderController.page("<p>Bad request.</p>"));
		}
		URI location = UriComponentsBuilder.fromUriString(grant.callback())
			.queryParam("oauth_token", token)
			.queryParam("oauth_verifier", verifier)
			.encode()
			.build()
			.toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

	@PostMapping("/demo/oauth1/access_token")
	ResponseEntity<String> accessToken(HttpServletRequest request) {
		String token = oauthParameters(request).get("oauth_token");
		RequestGrant grant = (token != null) ? this.requestTokens.get(token) : null;
		Map<String, String> oauth = (grant != null) ? signedBy(request, grant.secret()) : null;
		if (oauth == null || grant.expired() || grant.verifier() == null
				|| !MessageDigest.isEqual(grant.verifier().getBytes(StandardCharsets.US_ASCII),
						oauth.getOrDefault("oauth_verifier", "").getBytes(StandardCharsets.US_ASCII))
				|| this.requestTokens.remove(token) == null) {
			return unauthorized("Bad signature, or an unknown, unauthorised or used request token or verifier");
		}
		String accessToken = DemoProviderController.random();
		String secret = DemoProviderController.random();
		this.accessTokens.put(accessToken, new AccessGrant(secret, grant.username()));
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("oauth_token", accessToken);
		answer.put("oauth_token_secret", secret);
		answer.put("user_id", String.valueOf(DemoProviderController.idOf(grant.username())));
		answer.put("screen_name", grant.username());
		return form(answer);
	}

	@GetMapping(path = "/demo/oauth1/user", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> user(HttpServletRequest request) {
		String token = oauthParameters(request).get("oauth_token");
		AccessGrant grant = (token != null) ? this.accessTokens.get(token) : null;
		if (grant == null || signedBy(request, grant.secret()) == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("errors", List.of(Map.of("code", 89,
					"message", "Invalid or expired token."))));
		}
		String username = grant.username();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", DemoProviderController.idOf(username));
		body.put("screen_name", username);
		body.put("name", DemoProviderController.defaultName(username));
		body.put("email", username.toLowerCase() + "@demo.example");
		return ResponseEntity.ok(body);
	}

	/**
	 * The request's protocol parameters when it is signed by this client and a token secret.
	 * @param request the request
	 * @param tokenSecret the secret of the token the request names, or {@code null} before there
	 * is one
	 * @return the parameters, or {@code null} when the signature or the client is wrong
	 */
	private Map<String, String> signedBy(HttpServletRequest request, String tokenSecret) {
		Map<String, String> oauth = oauthParameters(request);
		String signature = oauth.remove("oauth_signature");
		String method = oauth.getOrDefault("oauth_signature_method", "");
		if (signature == null || !this.clientId.equals(oauth.get("oauth_consumer_key"))
				|| !OAuth1Signer.HMAC_SHA1.equals(method)) {
			return null;
		}
		String query = request.getQueryString();
		URI uri = URI.create(request.getRequestURL() + ((query != null) ? "?" + query : ""));
		String expected = OAuth1Signer.sign(method, OAuth1Signer.baseString(request.getMethod(), uri, List.of(), oauth),
				this.clientSecret, tokenSecret);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII)) ? oauth : null;
	}

	// RFC 5849, section 3.5.1: OAuth name="value", name="value", each percent-encoded.
	private static Map<String, String> oauthParameters(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.startsWith("OAuth ")) {
			return parameters;
		}
		for (String part : header.substring("OAuth ".length()).split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[1].length() >= 2 && pair[1].startsWith("\"") && pair[1].endsWith("\"")) {
				parameters.put(decode(pair[0]), decode(pair[1].substring(1, pair[1].length() - 1)));
			}
		}
		return parameters;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static ResponseEntity<String> form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
			.append(OAuth1Signer.encode(name))
			.append('=')
			.append(OAuth1Signer.encode(value)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body.toString());
	}

	private static ResponseEntity<String> unauthorized(String message) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN).body(message);
	}

	private record RequestGrant(String secret, String callback, String username, String verifier, Instant expiresAt) {

		RequestGrant authorized(String username, String verifier) {
			return new RequestGrant(this.secret, this.callback, username, verifier, this.expiresAt);
		}

		boolean expired() {
			return Instant.now().isAfter(this.expiresAt);
		}

	}

	private record AccessGrant(String secret, String username) {

	}

}
