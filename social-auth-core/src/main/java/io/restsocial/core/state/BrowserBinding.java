package io.restsocial.core.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The binding of a login to the browser that started it: the browser keeps a random value (in
 * a cookie), and the server keeps only its SHA-256, with the state or the OAuth 1.0a request
 * token, so that a leaked table or state reveals no value a request could carry.
 */
public final class BrowserBinding {

	private BrowserBinding() {
	}

	/**
	 * The hash of a binding value, as kept on the server.
	 * @param value the binding value the browser keeps
	 * @return its SHA-256, base64url without padding (43 characters)
	 */
	public static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Whether a request's binding value is the one whose hash was kept, compared in constant time.
	 * @param value the binding value the request carries, or {@code null}
	 * @param hash the kept hash
	 * @return whether they match; never for a {@code null} value
	 */
	public static boolean matches(String value, String hash) {
		return value != null && hash != null && MessageDigest.isEqual(hash(value).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
