package io.restsocial.core.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange: verifiers and their S256 challenges.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636">RFC 7636</a>
 */
public final class Pkce {

	/** The challenge method this library uses. */
	public static final String S256 = "S256";

	// RFC 7636, section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Pkce() {
	}

	/**
	 * A new verifier: 32 random bytes, base64url without padding (43 characters), as RFC 7636
	 * section 4.1 recommends.
	 * @return the verifier
	 */
	public static String newVerifier() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether a verifier has the form RFC 7636 section 4.1 requires.
	 * @param verifier the verifier
	 * @return whether it is well formed
	 */
	public static boolean isValidVerifier(String verifier) {
		return verifier != null && VERIFIER.matcher(verifier).matches();
	}

	/**
	 * The S256 challenge of a verifier: {@code BASE64URL(SHA256(ASCII(verifier)))}.
	 * @param verifier the verifier
	 * @return the challenge
	 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.2">RFC 7636, section 4.2</a>
	 */
	public static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
