package io.restsocial.core.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The MD5 digests that Mail.ru's and OK's APIs mandate for their request signatures; nothing
 * else should use MD5.
 */
final class Md5 {

	private Md5() {
	}

	/**
	 * The MD5 of a text's UTF-8 bytes, in lower-case hex, as the APIs compare it.
	 * @param text the text
	 * @return the digest
	 */
	static String hex(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

}
