package io.restsocial.core.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Reads PEM keys: PKCS#8 private keys ({@code BEGIN PRIVATE KEY}) and X.509 public keys
 * ({@code BEGIN PUBLIC KEY}), RSA or EC.
 * <p>
 * Written by hand because it is small: the JDK's {@link KeyFactory} does the decoding; nimbus
 * reads PEM only with Bouncy Castle, and Spring Security's converters read RSA keys only.
 */
public final class PemKeys {

	private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

	private PemKeys() {
	}

	/**
	 * Read a PKCS#8 private key.
	 * @param resource the PEM file
	 * @param property the setting it came from, for error messages
	 * @return the key
	 * @throws IllegalStateException when it is not a readable RSA or EC PKCS#8 key
	 */
	public static PrivateKey privateKey(Resource resource, String property) {
		return privateKey(text(resource, property), property);
	}

	/**
	 * Read a PKCS#8 private key from PEM text, such as the content of Apple's {@code .p8} file.
	 * @param pem the PEM text
	 * @param property the setting it came from, for error messages
	 * @return the key
	 * @throws IllegalStateException when it is not a readable RSA or EC PKCS#8 key
	 */
	public static PrivateKey privateKey(String pem, String property) {
		byte[] der = decode(pem, property, "PRIVATE KEY");
		return generate(property, (factory) -> factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
	}

	/**
	 * Read an X.509 public key.
	 * @param resource the PEM file
	 * @param property the setting it came from, for error messages
	 * @return the key
	 * @throws IllegalStateException when it is not a readable RSA or EC public key
	 */
	public static PublicKey publicKey(Resource resource, String property) {
		byte[] der = decode(text(resource, property), property, "PUBLIC KEY");
		return generate(property, (factory) -> factory.generatePublic(new X509EncodedKeySpec(der)));
	}

	private static <K> K generate(String property, KeyGenerator<K> generator) {
		for (String algorithm : new String[] { "RSA", "EC" }) {
			try {
				return generator.generate(KeyFactory.getInstance(algorithm));
			}
			catch (GeneralSecurityException ex) {
				// Try the next algorithm.
			}
		}
		throw new IllegalStateException(property + ": not an RSA or EC key");
	}

	private static String text(Resource resource, String property) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new IllegalStateException(property + ": cannot read " + resource.getDescription(), ex);
		}
	}

	private static byte[] decode(String text, String property, String type) {
		Matcher matcher = PEM.matcher((text != null) ? text : "");
		if (!matcher.find()) {
			throw new IllegalStateException(property + ": holds no PEM block");
		}
		if (!matcher.group(1).equals(type)) {
			throw new IllegalStateException(property + ": expected a '" + type + "' PEM block, found '"
					+ matcher.group(1) + "'" + (type.equals("PRIVATE KEY")
							? " (convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out pkcs8.pem)" : ""));
		}
		return Base64.getMimeDecoder().decode(matcher.group(2).strip());
	}

	@FunctionalInterface
	private interface KeyGenerator<K> {

		K generate(KeyFactory factory) throws GeneralSecurityException;

	}

}
