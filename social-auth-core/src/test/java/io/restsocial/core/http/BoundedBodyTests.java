package io.restsocial.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BoundedBodyTests {

	private static final byte[] JSON = "{\"access_token\":\"gho_x\",\"token_type\":\"bearer\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void readWhenTheDeclaredLengthIsTheBodysThenTheBody() throws IOException {
		TrickleStream body = new TrickleStream(JSON);
		assertThat(BoundedBody.read(body, JSON.length, 1024)).isEqualTo(JSON);
		// Read to its end, so that a connection is handed back clean.
		assertThat(body.read()).isEqualTo(-1);
	}

	@Test
	void readWhenNoLengthIsDeclaredThenTheBodyUpToOneByteOverTheCap() throws IOException {
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), -1, 1024)).isEqualTo(JSON);
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), -1, 10)).isEqualTo(Arrays.copyOf(JSON, 11));
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), -1, 0)).isEqualTo(Arrays.copyOf(JSON, 1));
	}

	@Test
	void readWhenTheBodyIsLongerThanDeclaredThenReadOnToTheCap() throws IOException {
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), 5, 1024)).isEqualTo(JSON);
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), 0, 1024)).isEqualTo(JSON);
		// A short length declared does not let a long body past the cap.
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), 5, 10)).isEqualTo(Arrays.copyOf(JSON, 11));
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), 10, 10)).isEqualTo(Arrays.copyOf(JSON, 11));
	}

	@Test
	void readWhenTheBodyEndsBeforeItsDeclaredLengthThenWhatCame() throws IOException {
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), JSON.length + 100, 1024)).isEqualTo(JSON);
		assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), 0, 1024)).isEmpty();
		assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), 64, 1024)).isEmpty();
	}

	@Test
	void readWhenTheDeclaredLengthIsOverTheCapOrLargeThenReadAsWithoutOne() throws IOException {
		byte[] large = new byte[20_000];
		Arrays.fill(large, (byte) 'a');
		assertThat(BoundedBody.read(new ByteArrayInputStream(large), large.length, 100_000)).isEqualTo(large);
		assertThat(BoundedBody.read(new ByteArrayInputStream(large), large.length, 1000))
			.isEqualTo(Arrays.copyOf(large, 1001));
		assertThat(BoundedBody.read(new ByteArrayInputStream(JSON), 4096, 10)).isEqualTo(Arrays.copyOf(JSON, 11));
	}

	@Test
	void readWhenTheCapIsNegativeThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(JSON), JSON.length, -1));
	}

	// A stream that hands out one byte at a time, as a socket may.
	private static final class TrickleStream extends InputStream {

		private final byte[] bytes;

		private int position;

		TrickleStream(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return (this.position < this.bytes.length) ? this.bytes[this.position++] & 0xff : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			int next = read();
			if (next == -1) {
				return -1;
			}
			buffer[offset] = (byte) next;
			return 1;
		}

	}

}
