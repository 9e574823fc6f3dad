package io.restsocial.boot.jwt;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes {@code jti} values: 128 bits from the platform's {@link SecureRandom}, as 32 lowercase
 * hex digits, unique and unpredictable.
 * <p>
 * {@code UUID.randomUUID()} asks one shared {@code SecureRandom} for 16 bytes per id; here the
 * bytes are drawn in blocks of {@value #IDS_PER_DRAW} ids, from a few independent generators so
 * that threads seldom wait for each other. A block is never handed out twice.
 */
final class JwtIds {

	static final int IDS_PER_DRAW = 32;

	private static final int ID_BYTES = 16;

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final Stripe[] stripes;

	JwtIds() {
		int stripes = Math.min(64, 2 * Runtime.getRuntime().availableProcessors());
		this.stripes = new Stripe[stripes];
		for (int i = 0; i < stripes; i++) {
			this.stripes[i] = new Stripe(new SecureRandom());
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
			char[] id = new char[ID_BYTES * 2];
			for (int i = 0; i < ID_BYTES; i++) {
				int b = this.block[this.position + i];
				id[2 * i] = HEX[(b >> 4) & 0xf];
				id[2 * i + 1] = HEX[b & 0xf];
			}
			this.position += ID_BYTES;
			return new String(id);
		}

	}

}
