package io.restsocial.core.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import io.restsocial.core.MutableClock;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.ProviderUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JWK set re-fetch limit under attack: tokens naming made-up key ids, many at once, and a
 * JWK endpoint that fails. Each count is of the requests the JWK endpoint really received.
 */
class CachingJwkSourceTests {

	private static final int THREADS = 20;

	// The answer is slowed so that every thread asks while the first fetch is still under way.
	private static final int SLOW_MILLIS = 300;

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true).containerThreads(THREADS + 10))
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

	private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	private String keyId;

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void getWhenManyRequestsFindTheCacheEmptyAtOnceThenOneFetch() throws Exception {
		CachingJwkSource source = source();
		serveKeys(SLOW_MILLIS);
		List<List<JWK>> answers = concurrently(source, (i) -> this.keyId);
		assertThat(answers).allSatisfy((keys) -> assertThat(keys).hasSize(1));
		wiremock.verify(1, getRequestedFor(urlPathEqualTo("/jwks")));
	}

	@Test
	void getWhenManyUnknownKidsAtOnceThenOneFetchForAllOfThem() throws Exception {
		CachingJwkSource source = source();
		serveKeys(0);
		assertThat(source.get(selector(this.keyId), null)).hasSize(1);
		this.clock.advance(Duration.ofSeconds(6));
		serveKeys(SLOW_MILLIS);
		List<List<JWK>> answers = concurrently(source, (i) -> "made-up-" + i);
		assertThat(answers).allSatisfy((keys) -> assertThat(keys).isEmpty());
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/jwks")));

		// Still within the interval: more unknown kids fetch nothing.
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(source.get(selector("made-up-again"), null)).isEmpty();
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/jwks")));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(source.get(selector("made-up-later"), null)).isEmpty();
		wiremock.verify(3, getRequestedFor(urlPathEqualTo("/jwks")));
	}

	@Test
	void getWhenTheFetchFailsThenNoRetryStormAndATryAgainOnceTheIntervalHasPassed() throws Exception {
		CachingJwkSource source = source();
		wiremock.stubFor(get("/jwks").willReturn(serverError().withBody("{\"error\":\"down\"}")));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> source.get(selector("any"), null))
			.withMessageContaining("HTTP 500");
		List<Future<Throwable>> failures = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			failures.add(this.pool.submit(() -> {
				try {
					source.get(selector("any"), null);
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		for (Future<Throwable> failure : failures) {
			assertThat(failure.get(30, TimeUnit.SECONDS)).isInstanceOf(ProviderUnavailableException.class)
				.hasMessageContaining("HTTP 500");
		}
		wiremock.verify(1, getRequestedFor(urlPathEqualTo("/jwks")));

		// The failure is not kept beyond the interval: the endpoint is back, and so are the keys.
		serveKeys(0);
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(source.get(selector(this.keyId), null)).hasSize(1);
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/jwks")));
	}

	@Test
	void getWhenTheJwkSetUriCannotBeBuiltThenEveryCallerGetsProviderUnavailableUntilTheIntervalHasPassed()
			throws Exception {
		// What a discovery document with a malformed jwks_uri leaves: a URI that cannot be made.
		AtomicInteger lookups = new AtomicInteger();
		CachingJwkSource source = new CachingJwkSource("oidc", () -> {
			lookups.incrementAndGet();
			return "https://issuer.example.com/jwks with spaces";
		}, TestHttp.client(), this.clock, Duration.ofSeconds(5));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> source.get(selector("any"), null))
			.withMessageContaining("could not be fetched");
		List<Future<Throwable>> failures = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			failures.add(this.pool.submit(() -> {
				try {
					source.get(selector("any"), null);
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		for (Future<Throwable> failure : failures) {
			assertThat(failure.get(30, TimeUnit.SECONDS)).isInstanceOf(ProviderUnavailableException.class)
				.hasMessageContaining("could not be fetched");
		}
		assertThat(lookups).hasValue(1);

		// Once the interval has passed, the next caller tries again (and fails the same way).
		this.clock.advance(Duration.ofSeconds(5));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> source.get(selector("any"), null));
		assertThat(lookups).hasValue(2);
		wiremock.verify(0, getRequestedFor(urlPathEqualTo("/jwks")));
	}

	@Test
	void getWhenARefetchFailsThenTheHeldKeysStayInUse() throws Exception {
		CachingJwkSource source = source();
		serveKeys(0);
		String held = this.keyId;
		assertThat(source.get(selector(held), null)).hasSize(1);
		this.clock.advance(Duration.ofSeconds(6));
		wiremock.stubFor(get("/jwks").willReturn(serverError()));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> source.get(selector("rotated"), null));
		assertThat(source.get(selector("rotated"), null)).isEmpty();
		assertThat(source.get(selector(held), null)).hasSize(1);
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/jwks")));
	}

	private CachingJwkSource source() {
		return new CachingJwkSource("oidc", () -> wiremock.baseUrl() + "/jwks", TestHttp.client(), this.clock,
				Duration.ofSeconds(5));
	}

	private void serveKeys(int delayMillis) throws Exception {
		this.keyId = "key-" + System.nanoTime();
		JWKSet keys = new JWKSet(new OidcTestIssuer(wiremock, this.keyId).publicJwk());
		wiremock.stubFor(get("/jwks").willReturn(okJson(keys.toString(true)).withFixedDelay(delayMillis)));
	}

	private List<List<JWK>> concurrently(CachingJwkSource source, java.util.function.IntFunction<String> kid)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<JWK>>> answers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			int n = i;
			answers.add(this.pool.submit(() -> {
				start.await();
				return source.get(selector(kid.apply(n)), null);
			}));
		}
		start.countDown();
		List<List<JWK>> results = new ArrayList<>();
		for (Future<List<JWK>> answer : answers) {
			results.add(answer.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

	private static JWKSelector selector(String kid) {
		return new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
	}

}
