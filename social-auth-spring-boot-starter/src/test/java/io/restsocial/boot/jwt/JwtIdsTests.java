package io.restsocial.boot.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jti} values: 32 hex digits, never twice, also when threads draw from the same blocks;
 * drawn from the platform's DRBG.
 */
class JwtIdsTests {

	@Test
	void idsAreDrawnFromTheDrbg() {
		assertThat(new JwtIds().algorithm()).isEqualTo("DRBG");
	}

	@Test
	void nextWhenThreadsDrawManyBlocksThenEveryIdIsNewAndHex() throws Exception {
		JwtIds ids = new JwtIds();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		int threads = 4;
		int perThread = 20 * JwtIds.IDS_PER_DRAW;
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> workers = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				for (int i = 0; i < perThread; i++) {
					String id = ids.next();
					if (!seen.add(id)) {
						synchronized (duplicates) {
							duplicates.add(id);
						}
					}
				}
			});
			worker.start();
			workers.add(worker);
		}
		start.countDown();
		for (Thread worker : workers) {
			worker.join();
		}
		assertThat(duplicates).isEmpty();
		assertThat(seen).hasSize(threads * perThread).allSatisfy((id) -> assertThat(id).matches("[0-9a-f]{32}"));
	}

}
