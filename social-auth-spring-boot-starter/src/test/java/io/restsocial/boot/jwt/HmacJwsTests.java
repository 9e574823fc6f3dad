package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hand-written HS256 signer and verifier against the published example of RFC 7515,
 * appendix A.1 (the JWT of RFC 7519, section 3.1), and what it must refuse.
 */
class HmacJwsTests {

	// RFC 7515, A.1: the key as a JWK "k", the signing input and the signature.
	private static final String KEY = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

	private static final String SIGNING_INPUT = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
			+ ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

	private static final String SIGNATURE = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final JWSHeader HS256 = new JWSHeader(JWSAlgorithm.HS256);

	private static HmacJws rfcKey() throws JOSEException {
		return new HmacJws(JWSAlgorithm.HS256, new SecretKeySpec(Base64.getUrlDecoder().decode(KEY), "HmacSHA256"));
	}

	@Test
	void signWhenRfc7515ExampleThenItsSignature() throws JOSEException {
		assertThat(rfcKey().sign(HS256, SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII)).toString())
			.isEqualTo(SIGNATURE);
	}

	@Test
	void verifyWhenRfc7515ExampleThenTrueAndWhenAnyBitDiffersThenFalse() throws JOSEException {
		HmacJws jws = rfcKey();
		byte[] input = SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII);
		assertThat(jws.verify(HS256, input, new Base64URL(SIGNATURE))).isTrue();
		assertThat(jws.verify(HS256, input, new Base64URL("eBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))).isFalse();
		assertThat(jws.verify(HS256, input, new Base64URL(SIGNATURE.substring(0, 42)))).isFalse();
		assertThat(jws.verify(HS256, input, new Base64URL("not base64!"))).isFalse();
		byte[] tampered = input.clone();
		tampered[tampered.length - 1] ^= 1;
		assertThat(jws.verify(HS256, tampered, new Base64URL(SIGNATURE))).isFalse();
	}

	// The keyed Mac is shared by every call; each must still sign alone.
	@Test
	void signAndVerifyWhenRepeatedOnSeveralThreadsAtOnceThenEachAsNimbusSigns() throws Exception {
		HmacJws jws = rfcKey();
		MACSigner nimbus = new MACSigner(Base64.getUrlDecoder().decode(KEY));
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				String prefix = SIGNING_INPUT + thread;
				results.add(threads.submit(() -> {
					int checked = 0;
					for (int i = 0; i < 500; i++) {
						byte[] input = (prefix + i).getBytes(StandardCharsets.US_ASCII);
						Base64URL signature = jws.sign(HS256, input);
						assertThat(signature).isEqualTo(nimbus.sign(HS256, input));
						assertThat(jws.verify(HS256, input, signature)).isTrue();
						input[0] ^= 1;
						assertThat(jws.verify(HS256, input, signature)).isFalse();
						checked++;
					}
					return checked;
				}));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(500);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void verifyWhenOtherAlgorithmOrCriticalHeaderThenFalse() throws JOSEException {
		HmacJws jws = rfcKey();
		byte[] input = SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII);
		assertThat(jws.verify(new JWSHeader(JWSAlgorithm.HS512), input, new Base64URL(SIGNATURE))).isFalse();
		JWSHeader critical = new JWSHeader.Builder(JWSAlgorithm.HS256)
			.criticalParams(Set.of("exp"))
			.build();
		assertThat(jws.verify(critical, input, new Base64URL(SIGNATURE))).isFalse();
	}

	@Test
	void createWhenKeyShorterThanTheHashThenRefused() {
		assertThatExceptionOfType(JOSEException.class)
			.isThrownBy(() -> new HmacJws(JWSAlgorithm.HS256, new SecretKeySpec(new byte[31], "HmacSHA256")))
			.withMessageContaining("too short");
	}

}
