package io.restsocial.boot.jwt;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes {@code jti} values: 128 bits from the platform's {@code DRBG} {@link SecureRandom} (NIST
 * SP 800-90A, seeded from the system's entropy source; its default {@code SecureRandom} where it
 * has no DRBG), as 32 lowercase hex digits, unique and unpredictable.
 * <p>
 * {@code UUID.randomUUID()} asks one shared {@code SecureRandom} for 16 bytes per id; here the
 * bytes are drawn in blocks of {@value #IDS_PER_DRAW} ids, from a few independently seeded
 * generators so that threads seldom wait for each other. A block is never handed out twice. The
 * default {@code NativePRNG} mixes every draw with {@code SHA1PRNG} and reads
 * {@code /dev/urandom} under a lock shared by all its instances; the DRBG draws about three times
 * faster (a tenth of issuing a pair in {@code JwtBenchmark}'s profile, issue 9).
 */
final class JwtIds {

	static final int IDS_PER_DRAW = 32;

	private static final int ID_BYTES = 16;

	private static final String ALGORITHM = "DRBG";

	private static final HexFormat HEX = HexFormat.of();

	private final Stripe[] stripes;

	JwtIds() {
		int stripes = Math.min(64, 2 * Runtime.getRuntime().availableProcessors());
		this.stripes = new Stripe[stripes];
		for (int i = 0; i < stripes; i++) {
			this.stripes[i] = new Stripe(drbg());
		}
	}

	// Each instance is seeded on its own at its first draw. A platform without the DRBG (a FIPS
	// set-up whose providers replace the JDK's, say) gets its default SecureRandom, as before.
	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance(ALGORITHM);
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	/**
	 * A new id.
	 * @return 32 hex digits
	 */
	String next() {
		int stripe = (this.stripes.length == 1) ? 0 : ThreadLocalRandom.current().nextInt(this.stripes.length);
		return this.stripes[stripe].next();
	}

	/**
	 * The algorithm of the generators the ids are drawn from.
	 * @return their {@link SecureRandom#getAlgorithm()}
	 */
	String algorithm() {
		return this.stripes[0].random.getAlgorithm();
	}

	private static final class Stripe {

		private final SecureRandom random;

		private final byte[] block = new byte[ID_BYTES * IDS_PER_DRAW];

		private int position = this.block.length;

		Stripe(SecureRandom random) {
			this.random = random;
		}

		synchronized String next() {
			if (this.position == this.block.length) {
				this.random.nextBytes(this.block);
				this.position = 0;
			}
			String id = HEX.formatHex(this.block, this.position, this.position + ID_BYTES);
			this.position += ID_BYTES;
			return id;
		}

	}

}
