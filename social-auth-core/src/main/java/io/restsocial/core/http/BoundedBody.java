package io.restsocial.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.util.Assert;

/**
 * Reads a whole HTTP body up to a cap, as the provider client reads a provider's answer and the
 * starter a login request: the caller refuses a body longer than the cap.
 * <p>
 * {@link InputStream#readNBytes(int)} with the cap as its length draws a buffer of 8 KiB for
 * any body, then copies what it read: a fifth of the bytes a login allocated (two answers and a
 * request, issue 9). A small body whose length its message declares is read into an array of that
 * length instead. The JDK has no read of a known length that falls back to a capped one, hence
 * this class.
 */
public final class BoundedBody {

	// The most that a declared length is trusted with up front: what readNBytes(int) would draw
	// anyway, so that a length declared but never sent holds no more memory than before.
	private static final int PRESIZED_MAX = 8192;

	private BoundedBody() {
	}

	/**
	 * Read a body, at most one byte more than the cap, so that the caller can tell a longer body.
	 * @param body the body
	 * @param declaredLength the length its message declares ({@code Content-Length}), negative
	 * when none
	 * @param maxSize the cap, not negative
	 * @return the body, or its first {@code maxSize + 1} bytes when it is longer than the cap
	 * @throws IOException when the body cannot be read
	 */
	public static byte[] read(InputStream body, long declaredLength, long maxSize) throws IOException {
		Assert.notNull(body, "body cannot be null");
		Assert.isTrue(maxSize >= 0, "maxSize cannot be negative");
		int most = (int) Math.min(maxSize + 1, Integer.MAX_VALUE - 8);
		if (declaredLength < 0 || declaredLength >= most || declaredLength > PRESIZED_MAX) {
			return body.readNBytes(most);
		}
		byte[] declared = new byte[(int) declaredLength];
		int read = body.readNBytes(declared, 0, declared.length);
		if (read < declared.length) {
			// Ended before its declared length (a client usually fails such a body itself).
			return Arrays.copyOf(declared, read);
		}
		int next = body.read();
		if (next == -1) {
			return declared;
		}
		// More than declared: read on to the cap, as without a declared length.
		byte[] rest = body.readNBytes(most - declared.length - 1);
		byte[] all = Arrays.copyOf(declared, declared.length + 1 + rest.length);
		all[declared.length] = (byte) next;
		System.arraycopy(rest, 0, all, declared.length + 1, rest.length);
		return all;
	}

}
