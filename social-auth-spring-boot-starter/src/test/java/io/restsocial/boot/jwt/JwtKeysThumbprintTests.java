package io.restsocial.boot.jwt;

import java.util.List;
import java.util.Random;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HS256 key ids: {@code hs-} and the start of the key's RFC 7638 thumbprint, which
 * {@link JwtKeys} makes without nimbus's JSON support and must make as nimbus does.
 */
class JwtKeysThumbprintTests {

	@Test
	void thumbprintOfAKnownSecret() {
		byte[] secret = new byte[32];
		for (int i = 0; i < secret.length; i++) {
			secret[i] = (byte) i;
		}
		// SHA-256 of {"k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8","kty":"oct"}, base64url,
		// worked out apart from both this code and nimbus.
		assertThat(JwtKeys.thumbprint(secret)).isEqualTo("WqjPPRvAP8oYbAqCwMErhzTg-Quaz-vLx_cef07yhOs");
	}

	@Test
	void thumbprintIsNimbussForSecretsOfEveryLength() throws Exception {
		Random random = new Random(7638);
		for (int length : new int[] { 32, 33, 34, 35, 48, 64, 100, 512 }) {
			byte[] secret = new byte[length];
			random.nextBytes(secret);
			String nimbus = new OctetSequenceKey.Builder(secret).build().computeThumbprint().toString();
			assertThat(JwtKeys.thumbprint(secret)).as("%d bytes", length).isEqualTo(nimbus);
		}
	}

	@Test
	void keyIdsAreTheThumbprintsStart() throws Exception {
		byte[] current = secret(1);
		byte[] previous = secret(2);
		List<JWK> keys = JwtKeys.hmac(current, List.of(previous)).verificationKeys();
		assertThat(keys).extracting(JWK::getKeyID)
			.containsExactly("hs-" + nimbusThumbprint(current).substring(0, 12),
					"hs-" + nimbusThumbprint(previous).substring(0, 12));
		assertThat(keys.get(0).getKeyID()).isNotEqualTo(keys.get(1).getKeyID());
	}

	@Test
	void randomKeysHaveTheirOwnIds() {
		assertThat(JwtKeys.random().signingKey().getKeyID()).startsWith("hs-")
			.hasSize(15)
			.isNotEqualTo(JwtKeys.random().signingKey().getKeyID());
	}

	private static byte[] secret(int seed) {
		byte[] secret = new byte[32];
		new Random(seed).nextBytes(secret);
		return secret;
	}

	private static String nimbusThumbprint(byte[] secret) throws Exception {
		return new OctetSequenceKey.Builder(secret).build().computeThumbprint().toString();
	}

}
