package io.restsocial.core.oauth1;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 5849 request signing: the signature base string, HMAC-SHA1 and PLAINTEXT signatures, and
 * the {@code Authorization: OAuth} header.
 * <p>
 * Written by hand: no maintained Java library does OAuth 1.0a (ScribeJava has been dormant since
 * 2022); the RFC is short, and its examples are this class's tests.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5849#section-3.4">RFC 5849, section 3.4</a>
 */
public final class OAuth1Signer {

	/** HMAC-SHA1, RFC 5849 section 3.4.2. */
	public static final String HMAC_SHA1 = "HMAC-SHA1";

	/** PLAINTEXT, RFC 5849 section 3.4.4: only over TLS. */
	public static final String PLAINTEXT = "PLAINTEXT";

	private OAuth1Signer() {
	}

	/**
	 * The signature base string of a request (section 3.4.1).
	 * @param method the HTTP method
	 * @param uri the request URI, its query included
	 * @param formParameters the form-encoded body's parameters, decoded
	 * @param oauthParameters the protocol parameters, decoded, without {@code oauth_signature}
	 * @return the base string
	 */
	public static String baseString(String method, URI uri, List<Map.Entry<String, String>> formParameters,
			Map<String, String> oauthParameters) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>(queryParameters(uri));
		parameters.addAll(formParameters);
		oauthParameters.forEach((name, value) -> parameters.add(Map.entry(name, value)));
		// Section 3.4.1.3.2: encode, then sort by name and then by value, then join.
		String normalized = parameters.stream()
			.map((entry) -> Map.entry(encode(entry.getKey()), encode(entry.getValue())))
			.sorted(Comparator.<Map.Entry<String, String>, String>comparing(Map.Entry::getKey)
				.thenComparing(Map.Entry::getValue))
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("&"));
		return method.toUpperCase(Locale.ROOT) + "&" + encode(baseStringUri(uri)) + "&" + encode(normalized);
	}

	/**
	 * Sign a base string (sections 3.4.2 and 3.4.4).
	 * @param signatureMethod {@link #HMAC_SHA1} or {@link #PLAINTEXT}
	 * @param baseString the base string
	 * @param clientSecret the client (consumer) secret
	 * @param tokenSecret the token secret, or {@code null} before there is a token
	 * @return the signature
	 */
	public static String sign(String signatureMethod, String baseString, String clientSecret, String tokenSecret) {
		String key = encode(clientSecret) + "&" + encode((tokenSecret != null) ? tokenSecret : "");
		if (PLAINTEXT.equals(signatureMethod)) {
			return key;
		}
		if (!HMAC_SHA1.equals(signatureMethod)) {
			throw new IllegalArgumentException("Unsupported OAuth 1.0a signature method " + signatureMethod);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

	/**
	 * The {@code Authorization} header of signed protocol parameters (section 3.5.1).
	 * @param oauthParameters the protocol parameters, {@code oauth_signature} included
	 * @return the header value
	 */
	public static String authorizationHeader(Map<String, String> oauthParameters) {
		return "OAuth " + oauthParameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=\"" + encode(entry.getValue()) + "\"")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Percent-encode as section 3.6 requires: everything but the unreserved characters, with
	 * upper-case hex digits, UTF-8 first.
	 * @param value the value
	 * @return the encoded value
	 */
	public static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	// Section 3.4.1.2: lower-case scheme and host, the port only when not the default, no query.
	private static String baseStringUri(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
	}

	private static List<Map.Entry<String, String>> queryParameters(URI uri) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		String query = uri.getRawQuery();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			parameters.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8)));
		}
		return parameters;
	}

}
