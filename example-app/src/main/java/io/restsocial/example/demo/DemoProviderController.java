package io.restsocial.example.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The demo provider's side: an authorize page that asks only for a name, a token endpoint and a
 * user endpoint, answering like a small GitHub. Codes and tokens live in memory.
 */
@Controller
@Conditional(DemoEnabledCondition.class)
class DemoProviderController {

	private static final Duration CODE_TTL = Duration.ofMinutes(5);

	private static final Duration TOKEN_TTL = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String clientId;

	private final String clientSecret;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

	DemoProviderController(@Value("${example.demo.client-id:demo-client}") String clientId,
			@Value("${example.demo.client-secret:demo-secret}") String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	@GetMapping(path = "/demo/oauth/authorize", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> authorizePage(@RequestParam("client_id") String clientId,
			@RequestParam("redirect_uri") String redirectUri, @RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "code_challenge", required = false) String codeChallenge,
			@RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
			HttpServletRequest request) {
		if (!this.clientId.equals(clientId) || !allowedRedirect(redirectUri, request)) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(page(
					"<p>Unknown client, or a redirect_uri outside this host and localhost.</p>"));
		}
		if (codeChallenge != null && !"S256".equals(codeChallengeMethod)) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(page(
					"<p>Only the S256 code_challenge_method is supported.</p>"));
		}
		String form = "<form method=\"post\" action=\"/demo/oauth/authorize\">"
				+ "<p>The demo provider stands in for GitHub, Google or Facebook. Sign in as anyone:</p>"
				+ usernameField() + displayNameField() + hidden("client_id", clientId) + hidden("redirect_uri", redirectUri)
				+ hidden("state", (state != null) ? state : "")
				+ hidden("code_challenge", (codeChallenge != null) ? codeChallenge : "")
				+ "<button id=\"allow\" type=\"submit\">Allow</button></form>";
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(form));
	}

	@PostMapping("/demo/oauth/authorize")
	ResponseEntity<String> authorize(@RequestParam("client_id") String clientId,
			@RequestParam("redirect_uri") String redirectUri, @RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "code_challenge", required = false) String codeChallenge,
			@RequestParam("username") String username, @RequestParam(name = "name", required = false) String name,
			HttpServletRequest request) {
		if (!this.clientId.equals(clientId) || !allowedRedirect(redirectUri, request) || !validUsername(username)
				|| (name != null && name.length() > 60)) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(page("<p>Bad request.</p>"));
		}
		String code = random();
		this.codes.put(code, new Grant(username, StringUtils.hasText(name) ? name.strip() : defaultName(username),
				redirectUri, StringUtils.hasText(codeChallenge) ? codeChallenge : null, Instant.now().plus(CODE_TTL)));
		UriComponentsBuilder location = UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code);
		if (StringUtils.hasText(state)) {
			location.queryParam("state", state);
		}
		return ResponseEntity.status(HttpStatus.FOUND).location(location.encode().build().toUri()).build();
	}

	@PostMapping(path = "/demo/oauth/token", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form) {
		if (!this.clientId.equals(form.get("client_id")) || !this.clientSecret.equals(form.get("client_secret"))) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret");
		}
		Grant grant = (form.get("code") != null) ? this.codes.remove(form.get("code")) : null;
		if (grant == null || grant.expired() || !grant.redirectUri().equals(form.get("redirect_uri"))) {
			return error(HttpStatus.BAD_REQUEST, "invalid_grant",
					"The code is unknown, used, expired, or was issued for another redirect_uri");
		}
		if (grant.codeChallenge() != null && !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
			// RFC 7636, section 4.6: a code asked for with a challenge needs its verifier.
			return error(HttpStatus.BAD_REQUEST, "invalid_grant", "The code_verifier does not match the code_challenge");
		}
		String accessToken = random();
		this.tokens.put(accessToken,
				new Grant(grant.username(), grant.name(), grant.redirectUri(), null, Instant.now().plus(TOKEN_TTL)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", accessToken);
		body.put("token_type", "bearer");
		body.put("expires_in", TOKEN_TTL.toSeconds());
		body.put("scope", "profile");
		return ResponseEntity.ok(body);
	}

	@GetMapping(path = "/demo/api/user", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> user(@org.springframework.web.bind.annotation.RequestHeader(
			name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		String token = (authorization != null && authorization.startsWith("Bearer "))
				? authorization.substring("Bearer ".length()) : null;
		Grant grant = (token != null) ? this.tokens.get(token) : null;
		if (grant == null || grant.expired()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Bad credentials"));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", idOf(grant.username()));
		body.put("login", grant.username());
		body.put("email", grant.username().toLowerCase() + "@demo.example");
		body.put("name", grant.name());
		return ResponseEntity.ok(body);
	}

	static boolean allowedRedirect(String redirectUri, HttpServletRequest request) {
		// A demo must not be an open redirector: only this host and the loopback names.
		try {
			URI uri = URI.create(redirectUri);
			String host = uri.getHost();
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && host != null
					&& (host.equals(request.getServerName()) || host.equals("localhost") || host.equals("127.0.0.1"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static boolean validUsername(String username) {
		return username.matches("[A-Za-z0-9._-]{1,30}");
	}

	static String usernameField() {
		return "<label>Name <input id=\"username\" name=\"username\" value=\"demo\" pattern=\"[A-Za-z0-9._-]{1,30}\" "
				+ "required autofocus></label> ";
	}

	// Free text, as a real provider's display name is: the page must show it as text, never as HTML.
	private static String displayNameField() {
		return "<label>Display name <input id=\"display-name\" name=\"name\" maxlength=\"60\" "
				+ "placeholder=\"Name Demo\"></label> ";
	}

	static String defaultName(String username) {
		return Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Demo";
	}

	private static String s256(String verifier) {
		if (verifier == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long idOf(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
			long id = 0;
			for (int i = 0; i < 6; i++) {
				id = (id << 8) | (digest[i] & 0xff);
			}
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
		return ResponseEntity.status(status).body(Map.of("error", error, "error_description", description));
	}

	static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlUtils.htmlEscape(value) + "\">";
	}

	static String page(String body) {
		return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Demo provider</title><style>"
				+ "body{font:15px/1.5 system-ui,sans-serif;max-width:26em;margin:2em auto;padding:0 1em;color:#1f2430}"
				+ "label{display:block;margin:.6em 0;font-weight:600}input{display:block;width:100%;font:inherit;"
				+ "padding:.4em;margin-top:.2em;box-sizing:border-box}button{font:inherit;padding:.45em 1.2em;"
				+ "background:#1f2430;color:#fff;border:0;border-radius:8px;margin-top:.6em}</style></head>"
				+ "<body><h1>Demo provider</h1>" + body + "</body></html>";
	}

	private record Grant(String username, String name, String redirectUri, String codeChallenge, Instant expiresAt) {

		boolean expired() {
			return Instant.now().isAfter(this.expiresAt);
		}

	}

}
