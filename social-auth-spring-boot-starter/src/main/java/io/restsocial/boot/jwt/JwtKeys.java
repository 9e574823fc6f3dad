package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The keys of issued JWTs: one key that signs, and every key that still verifies (the signing
 * key and the previous ones, so that tokens survive a key rotation). HS256 with a shared secret,
 * or RS256/ES256 with a key pair whose public halves are published as a JWK set.
 */
public final class JwtKeys {

	private static final int MIN_SECRET_BYTES = 32;

	// RFC 7518, section 3.3; nimbus's RSA signer refuses less.
	private static final int MIN_RSA_BITS = 2048;

	private final JWK signingKey;

	private final JWSAlgorithm algorithm;

	private final List<JWK> verificationKeys;

	private final Set<JWSAlgorithm> algorithms;

	private final boolean ephemeral;

	private JwtKeys(JWK signingKey, JWSAlgorithm algorithm, List<JWK> verificationKeys, boolean ephemeral) {
		this.signingKey = signingKey;
		this.algorithm = algorithm;
		this.verificationKeys = List.copyOf(verificationKeys);
		Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
		for (JWK key : verificationKeys) {
			algorithms.add(JWSAlgorithm.parse(key.getAlgorithm().getName()));
		}
		this.algorithms = Set.copyOf(algorithms);
		this.ephemeral = ephemeral;
	}

	/**
	 * HS256 keys from shared secrets.
	 * @param secret the current secret, at least 256 bits
	 * @param previousSecrets secrets whose tokens still verify
	 * @return the keys
	 */
	public static JwtKeys hmac(byte[] secret, List<byte[]> previousSecrets) {
		List<JWK> keys = new ArrayList<>();
		OctetSequenceKey signing = octet(secret);
		keys.add(signing);
		previousSecrets.stream().map(JwtKeys::octet).forEach(keys::add);
		return new JwtKeys(signing, JWSAlgorithm.HS256, keys, false);
	}

	/**
	 * A random HS256 key, for applications that configured none: its tokens do not survive a
	 * restart, nor work on another instance.
	 * @return the keys
	 */
	public static JwtKeys random() {
		byte[] secret = new byte[MIN_SECRET_BYTES];
		new SecureRandom().nextBytes(secret);
		OctetSequenceKey signing = octet(secret);
		return new JwtKeys(signing, JWSAlgorithm.HS256, List.of(signing), true);
	}

	/**
	 * RS256 or ES256 (ES384, ES512 by the curve) keys from a key pair.
	 * @param keyPair the current key pair
	 * @param keyId the key id, or {@code null} for the RFC 7638 thumbprint
	 * @param previousPublicKeys public keys whose tokens still verify
	 * @return the keys
	 */
	public static JwtKeys asymmetric(KeyPair keyPair, String keyId, List<PublicKey> previousPublicKeys) {
		JWK signing = jwk(keyPair.getPublic(), keyPair.getPrivate(), keyId);
		List<JWK> keys = new ArrayList<>();
		keys.add(signing.toPublicJWK());
		for (PublicKey previous : previousPublicKeys) {
			keys.add(jwk(previous, null, null));
		}
		return new JwtKeys(signing, JWSAlgorithm.parse(signing.getAlgorithm().getName()), keys, false);
	}

	/**
	 * The key that signs new tokens (private or secret).
	 * @return the key
	 */
	public JWK signingKey() {
		return this.signingKey;
	}

	/**
	 * The algorithm new tokens are signed with.
	 * @return the algorithm
	 */
	public JWSAlgorithm algorithm() {
		return this.algorithm;
	}

	/**
	 * The keys tokens are verified with (public or secret).
	 * @return the keys
	 */
	public List<JWK> verificationKeys() {
		return this.verificationKeys;
	}

	/**
	 * The algorithms a token may be signed with; any other, {@code none} included, is refused.
	 * @return the algorithms
	 */
	public Set<JWSAlgorithm> algorithms() {
		return this.algorithms;
	}

	/**
	 * Whether the keys are public-key ones, whose public halves may be published.
	 * @return whether they are RSA or EC keys
	 */
	public boolean isAsymmetric() {
		return !(this.signingKey instanceof OctetSequenceKey);
	}

	/**
	 * Whether the key was made up at start-up because none was configured.
	 * @return whether the key is random
	 */
	public boolean isEphemeral() {
		return this.ephemeral;
	}

	/**
	 * The public keys as a JWK set, for {@code jwks.json}; empty for HS256.
	 * @return the public JWK set
	 */
	public JWKSet publicJwkSet() {
		return isAsymmetric() ? new JWKSet(this.verificationKeys).toPublicJWKSet() : new JWKSet();
	}

	private static OctetSequenceKey octet(byte[] secret) {
		Assert.isTrue(secret.length >= MIN_SECRET_BYTES, "An HS256 secret must be at least 256 bits (32 bytes)");
		// The kid names the key without giving away a full hash of the secret.
		return new OctetSequenceKey.Builder(secret).algorithm(JWSAlgorithm.HS256)
			.keyUse(KeyUse.SIGNATURE)
			.keyID("hs-" + thumbprint(secret).substring(0, 12))
			.build();
	}

	/**
	 * The RFC 7638 thumbprint (SHA-256, base64url) of an HS256 secret as an octet sequence key:
	 * what nimbus's {@code OctetSequenceKey.computeThumbprint()} answers. Written here because
	 * nimbus makes it through its JSON support, whose shaded Gson (about 130 classes) nothing
	 * else loads at start-up (issue 9); its two members need no JSON library.
	 * @param secret the secret
	 * @return the thumbprint
	 */
	static String thumbprint(byte[] secret) {
		Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
		// RFC 7638, section 3.2: the required members in lexicographic order, without whitespace.
		// A base64url value holds no character that JSON escapes.
		String json = "{\"k\":\"" + base64url.encodeToString(secret) + "\",\"kty\":\"oct\"}";
		try {
			return base64url
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform has SHA-256.
			throw new IllegalStateException(ex);
		}
	}

	private static JWK jwk(PublicKey publicKey, PrivateKey privateKey, String keyId) {
		try {
			JWK key;
			if (publicKey instanceof RSAPublicKey rsa) {
				RSAKey.Builder builder = new RSAKey.Builder(rsa).algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE);
				if (privateKey != null) {
					// Checked here, with the other key checks, rather than by the signer at the first token.
					Assert.isTrue(rsa.getModulus().bitLength() >= MIN_RSA_BITS, "An RSA key must be at least 2048 bits");
					Assert.isInstanceOf(RSAPrivateKey.class, privateKey, "The private key is not an RSA key");
					builder.privateKey((RSAPrivateKey) privateKey);
				}
				key = builder.build();
				return new RSAKey.Builder((RSAKey) key)
					.keyID(StringUtils.hasText(keyId) ? keyId : key.computeThumbprint().toString())
					.build();
			}
			if (publicKey instanceof ECPublicKey ec) {
				Curve curve = Curve.forECParameterSpec(ec.getParams());
				JWSAlgorithm algorithm = Curve.P_256.equals(curve) ? JWSAlgorithm.ES256
						: Curve.P_384.equals(curve) ? JWSAlgorithm.ES384
								: Curve.P_521.equals(curve) ? JWSAlgorithm.ES512 : null;
				Assert.notNull(algorithm, "Only the P-256, P-384 and P-521 curves are supported");
				ECKey.Builder builder = new ECKey.Builder(curve, ec).algorithm(algorithm).keyUse(KeyUse.SIGNATURE);
				if (privateKey != null) {
					Assert.isInstanceOf(ECPrivateKey.class, privateKey, "The private key is not an EC key");
					builder.privateKey((ECPrivateKey) privateKey);
				}
				key = builder.build();
				return new ECKey.Builder((ECKey) key)
					.keyID(StringUtils.hasText(keyId) ? keyId : key.computeThumbprint().toString())
					.build();
			}
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		throw new IllegalArgumentException("Only RSA and EC keys are supported");
	}

}
