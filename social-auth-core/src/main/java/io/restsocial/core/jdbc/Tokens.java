package io.restsocial.core.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The random tokens the JDBC stores hand out (stored and opaque tokens, partial tokens) and the
 * digests some of them keep instead.
 */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	/**
	 * A new random token.
	 * @param bytes how many random bytes
	 * @return them as lower-case hex, twice as many characters
	 */
	static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/**
	 * The digest a store keeps of a token.
	 * @param algorithm the digest algorithm, such as {@code SHA-256}
	 * @param token the token
	 * @return the digest of its UTF-8 bytes, as lower-case hex
	 */
	static String hexDigest(String algorithm, String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance(algorithm).digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

}
