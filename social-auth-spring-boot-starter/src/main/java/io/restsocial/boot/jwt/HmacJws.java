package io.restsocial.boot.jwt;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

/**
 * Signs and verifies HS256, HS384 or HS512 with one key, for the headers {@link JwtCodec} writes.
 * <p>
 * Nimbus's {@code MACSigner} and {@code MACVerifier} look a {@link Mac} up and key it on every
 * call, and encode the MAC with a constant-time Base64 codec meant for key material; here a
 * {@code Mac} is keyed once and cloned per call, and the MAC, which the token shows anyway, is
 * encoded with {@link Base64}. The comparison stays constant-time
 * ({@link MessageDigest#isEqual}), and a header with critical parameters is refused, as
 * {@code MACVerifier} refuses it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7518#section-3.2">RFC 7518, section 3.2</a>
 */
final class HmacJws implements JWSSigner, JWSVerifier {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final JWSAlgorithm algorithm;

	private final Mac keyed;

	private final JCAContext context = new JCAContext();

	/**
	 * Key a MAC.
	 * @param algorithm HS256, HS384 or HS512
	 * @param key the secret
	 * @throws JOSEException when the key is shorter than the algorithm's hash, or the platform has
	 * no such MAC or cannot clone it
	 */
	HmacJws(JWSAlgorithm algorithm, SecretKey key) throws JOSEException {
		this.algorithm = algorithm;
		// RFC 7518, section 3.2: a key of the same size as the hash output or larger.
		if (key.getEncoded().length * 8 < Integer.parseInt(algorithm.getName().substring(2))) {
			throw new JOSEException("The secret is too short for " + algorithm);
		}
		try {
			this.keyed = Mac.getInstance("HmacSHA" + algorithm.getName().substring(2));
			this.keyed.init(key);
			this.keyed.clone();
		}
		catch (GeneralSecurityException | CloneNotSupportedException ex) {
			throw new JOSEException("No cloneable MAC for " + algorithm, ex);
		}
	}

	@Override
	public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
		if (!this.algorithm.equals(header.getAlgorithm())) {
			throw new JOSEException("This key signs " + this.algorithm + " only");
		}
		return new Base64URL(BASE64URL.encodeToString(mac().doFinal(signingInput)));
	}

	@Override
	public boolean verify(JWSHeader header, byte[] signedContent, Base64URL signature) throws JOSEException {
		if (!this.algorithm.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
			return false;
		}
		byte[] presented;
		try {
			presented = Base64.getUrlDecoder().decode(signature.toString());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(mac().doFinal(signedContent), presented);
	}

	@Override
	public Set<JWSAlgorithm> supportedJWSAlgorithms() {
		return Set.of(this.algorithm);
	}

	@Override
	public JCAContext getJCAContext() {
		return this.context;
	}

	// A clone starts from the keyed state: no provider lookup, no key schedule.
	private Mac mac() throws JOSEException {
		try {
			return (Mac) this.keyed.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new JOSEException("The MAC cannot be cloned", ex);
		}
	}

}
