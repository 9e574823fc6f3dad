package io.restsocial.boot.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes hostile requests to rest-social-auth's endpoints from a seed: random bodies (valid,
 * broken and oversized JSON, form and multipart bodies, random bytes), content types (with
 * broken charsets and missing boundaries), field sizes and encodings, provider names and path
 * segments (encoded slashes, NUL, path parameters, bad percent-encoding), and {@code Origin},
 * {@code Authorization} and {@code Cookie} headers. The same seed makes the same requests.
 */
final class RequestGenerator {

	private static final String BASE = "/api/login";

	private static final List<String> ENDPOINTS = List.of("social/session", "social/token", "social/token_user",
			"social/jwt-pair", "social/jwt-pair-user", "social/jwt-sliding", "social/jwt-sliding-user",
			"social/opaque", "social/opaque_user", "social/complete", "social/state", "social/csrf",
			"social/accounts", "token/refresh", "token/verify", "token/blacklist", "token/sliding/refresh", "logout",
			"logoutall", "jwks.json", "social/nope");

	// No dot segments: the container resolves them before anything else, so that the request leaves
	// the starter's endpoints (MalformedRequestsTests covers what the firewall makes of them).
	private static final List<String> PROVIDERS = List.of("github", "facebook", "google-oauth2", "twitter", "oidc",
			"apple-id", "myspace", "GITHUB", "git%2fhub", "git%00hub", "github;jsessionid=x",
			"github%3bx", "%ff%fe", "\u00e9t\u00e9", "a%", "%zz", "github%0d%0aX-Injected:%201", "");

	private static final List<String> FIELDS = List.of("provider", "code", "redirect_uri", "oauth_token",
			"oauth_verifier", "code_verifier", "state", "id_token", "access_token", "user", "partial_token", "refresh",
			"token", "unknown");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
			"application/json; charset=utf-16", "application/json; charset=x-bogus", "application/json; charset=\"",
			"application/problem+json", "application/x-www-form-urlencoded",
			"application/x-www-form-urlencoded; charset=x-bogus", "application/x-www-form-urlencoded; charset=utf-16",
			"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=xyz",
			"text/plain", "a/b/c", ";;;", "application/json;charset=utf-8;charset=latin1", "*/*");

	private static final List<String> ORIGINS = List.of("https://evil.example", "http://localhost:8080", "null",
			"http://[::1", "://", "http://exa mple.com", "http://%zz", "javascript:alert(1)", "https://a.example:99999",
			"https://\u00e9.example");

	private static final List<String> SCHEMES = List.of("Token", "Bearer", "Basic", "Foo", "token", "BEARER", "");

	private final SplittableRandom random;

	RequestGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	FuzzCase next() {
		String method = pick(List.of("POST", "POST", "POST", "POST", "GET", "DELETE", "PUT", "PATCH", "OPTIONS"));
		String target = target();
		List<String[]> headers = new ArrayList<>();
		String contentType = (chance(0.9)) ? pick(CONTENT_TYPES) : null;
		if (contentType != null) {
			headers.add(new String[] { "Content-Type", contentType });
		}
		if (chance(0.3)) {
			headers.add(new String[] { "Origin", chance(0.1) ? "https://" + word(2000) : pick(ORIGINS) });
		}
		if (chance(0.3)) {
			String scheme = pick(SCHEMES);
			headers.add(new String[] { "Authorization", scheme + " " + credential() });
		}
		if (chance(0.3)) {
			headers.add(new String[] { "Cookie", cookie() });
		}
		if (chance(0.1)) {
			headers.add(new String[] { "X-XSRF-TOKEN", word(this.random.nextInt(1, 80)) });
		}
		byte[] body = body(contentType);
		return new FuzzCase(method, target, headers, body);
	}

	private String target() {
		StringBuilder path = new StringBuilder(BASE).append('/').append(pick(ENDPOINTS));
		if (chance(0.7)) {
			path.append('/').append(chance(0.1) ? word(this.random.nextInt(1, 3000)) : pick(PROVIDERS));
		}
		if (chance(0.05)) {
			path.append("/").append(pick(PROVIDERS));
		}
		if (chance(0.6)) {
			path.append('/');
		}
		if (chance(0.1)) {
			path.append("?provider=").append(pick(PROVIDERS)).append("&code=").append(word(20));
		}
		// A request target is ASCII (RFC 9112): clients send other characters percent-encoded.
		StringBuilder target = new StringBuilder();
		for (byte b : path.toString().getBytes(StandardCharsets.UTF_8)) {
			target.append((b > 0x20 && b < 0x7f) ? String.valueOf((char) b) : String.format("%%%02X", b & 0xff));
		}
		return target.toString();
	}

	private byte[] body(String contentType) {
		int kind = this.random.nextInt(10);
		if (kind == 0) {
			byte[] bytes = new byte[this.random.nextInt(0, 2000)];
			this.random.nextBytes(bytes);
			return bytes;
		}
		if (kind == 1) {
			return new byte[0];
		}
		boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
		boolean multipart = contentType != null && contentType.startsWith("multipart/");
		if (multipart) {
			return ("--xyz\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n" + word(50) + "\r\n--xyz--\r\n")
				.getBytes(StandardCharsets.UTF_8);
		}
		if (form) {
			StringBuilder text = new StringBuilder();
			int fields = this.random.nextInt(0, 6);
			for (int i = 0; i < fields; i++) {
				text.append((i > 0) ? "&" : "").append(pick(FIELDS)).append('=').append(formValue());
			}
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}
		if (kind == 2) {
			return pick(List.of("{", "[", "{\"code\":", "nul", "{\"code\":\"a\"", "\"just a string\"", "42", "[1,2]",
					"{\"code\":\"\\ud800\"}", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"))
				.getBytes(StandardCharsets.UTF_8);
		}
		StringBuilder json = new StringBuilder("{");
		int fields = this.random.nextInt(0, 6);
		for (int i = 0; i < fields; i++) {
			json.append((i > 0) ? "," : "").append('"').append(pick(FIELDS)).append("\":").append(jsonValue(0));
		}
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private String jsonValue(int depth) {
		return switch (this.random.nextInt(depth > 2 ? 4 : 7)) {
			case 0 -> "null";
			case 1 -> String.valueOf(this.random.nextLong());
			case 2 -> this.random.nextBoolean() ? "true" : "1e400";
			case 3 -> '"' + jsonString() + '"';
			case 4 -> "{\"k\":" + jsonValue(depth + 1) + "}";
			case 5 -> "[" + jsonValue(depth + 1) + "," + jsonValue(depth + 1) + "]";
			default -> '"' + word(this.random.nextInt(1, 100_000)) + '"';
		};
	}

	private String jsonString() {
		return switch (this.random.nextInt(5)) {
			case 0 -> word(this.random.nextInt(0, 40));
			case 1 -> "\\u0000\\r\\nX-Injected: 1\\u2028";
			case 2 -> "\u00e9\u4e2d\ud83d\ude00" + word(5);
			case 3 -> word(this.random.nextInt(100, 20_000));
			default -> "eyJhbGciOiJub25lIn0." + word(30) + ".";
		};
	}

	private String formValue() {
		return switch (this.random.nextInt(5)) {
			case 0 -> word(this.random.nextInt(0, 40));
			case 1 -> "%zz%";
			case 2 -> "%00%0d%0a%e9%ff";
			case 3 -> word(this.random.nextInt(100, 100_000));
			default -> "%7B%22a%22%3A1%7D";
		};
	}

	private String credential() {
		return switch (this.random.nextInt(5)) {
			case 0 -> word(64);
			case 1 -> "";
			case 2 -> "eyJhbGciOiJIUzI1NiJ9." + word(40) + "." + word(43);
			case 3 -> word(this.random.nextInt(1000, 9000));
			default -> "   " + word(10) + " extra words";
		};
	}

	private String cookie() {
		return switch (this.random.nextInt(5)) {
			case 0 -> "JSESSIONID=" + word(32);
			case 1 -> "XSRF-TOKEN=" + word(36);
			case 2 -> "JSESSIONID=" + word(32) + "; XSRF-TOKEN=" + word(36);
			case 3 -> "=;;; ==" + word(10);
			default -> "a=" + word(this.random.nextInt(1000, 6000));
		};
	}

	private String word(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/**
	 * One request.
	 *
	 * @param method the method
	 * @param target the request target
	 * @param headers the headers
	 * @param body the body
	 */
	record FuzzCase(String method, String target, List<String[]> headers, byte[] body) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(this.method).append(' ').append(abbreviate(this.target, 200));
			this.headers.forEach((header) -> text.append("\n").append(header[0]).append(": ").append(abbreviate(header[1], 200)));
			return text.append("\n\n").append(abbreviate(new String(this.body, StandardCharsets.UTF_8), 300)).toString();
		}

		private static String abbreviate(String text, int max) {
			return (text.length() <= max) ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
		}

	}

}
