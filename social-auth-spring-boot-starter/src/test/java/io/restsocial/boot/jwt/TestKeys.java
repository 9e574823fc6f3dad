package io.restsocial.boot.jwt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Key pairs made for a test run, and written as the PEM files the properties point at.
 */
final class TestKeys {

	private TestKeys() {
	}

	static KeyPair rsa() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	static KeyPair ec() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	static Path pem(Path dir, String name, String type, Key key) throws IOException {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
		return Files.writeString(dir.resolve(name),
				"-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
	}

}
