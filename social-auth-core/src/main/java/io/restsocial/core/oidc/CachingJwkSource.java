package io.restsocial.core.oidc;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.http.MediaType;

/**
 * A provider's JWK set, fetched through the {@link ProviderHttpClient} like every other provider
 * call, kept for an hour, and fetched again at once when a token names a key it does not hold
 * (the provider rotated its keys).
 * <p>
 * Fetches are attempted at most once per {@code minRefetchInterval}, whatever their outcome and
 * however many requests arrive together, so that tokens with made-up key ids cannot make it
 * hammer the provider: concurrent requests wait for the one fetch under way and use its keys; a
 * failed fetch is answered again, without a call, to every request that needs keys until the
 * interval has passed, and the next request after it tries again (a failure is never kept
 * longer).
 * <p>
 * Written here rather than with nimbus's {@code JWKSourceBuilder}, which fetches with its own
 * HTTP client, outside our timeouts and error mapping.
 */
public final class CachingJwkSource implements JWKSource<SecurityContext> {

	private static final Duration MAX_AGE = Duration.ofHours(1);

	private final String provider;

	private final Supplier<String> jwkSetUri;

	private final ProviderHttpClient http;

	private final Clock clock;

	private final Duration minRefetchInterval;

	private final Object lock = new Object();

	private volatile JWKSet keys;

	private volatile Instant fetchedAt = Instant.MIN;

	// Guarded by lock: the last attempt, successful or not, and its failure if it failed.
	private Instant attemptedAt = Instant.MIN;

	private ProviderUnavailableException failure;

	/**
	 * Create the source.
	 * @param provider the provider name, for messages
	 * @param jwkSetUri where the JWK set is, looked up on first use
	 * @param http the client for the fetches
	 * @param clock the clock that ages the cache
	 * @param minRefetchInterval the least time between two fetch attempts
	 */
	public CachingJwkSource(String provider, Supplier<String> jwkSetUri, ProviderHttpClient http, Clock clock,
			Duration minRefetchInterval) {
		this.provider = provider;
		this.jwkSetUri = jwkSetUri;
		this.http = http;
		this.clock = clock;
		this.minRefetchInterval = minRefetchInterval;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		JWKSet current = this.keys;
		if (current == null || this.clock.instant().isAfter(this.fetchedAt.plus(MAX_AGE))) {
			current = refresh(current, true);
		}
		List<JWK> matches = selector.select(current);
		if (matches.isEmpty()) {
			JWKSet again = refresh(current, false);
			if (again != current) {
				matches = selector.select(again);
			}
		}
		return matches;
	}

	/**
	 * Fetch the keys again unless another request already did since {@code seen} was read, or
	 * the last attempt is too recent.
	 * @param seen the keys the caller holds, {@code null} if none
	 * @param needed whether the caller cannot go on without fresh keys (none held, or expired)
	 * @return the keys to use
	 */
	private JWKSet refresh(JWKSet seen, boolean needed) {
		synchronized (this.lock) {
			JWKSet held = this.keys;
			if (held != seen) {
				return held;
			}
			Instant now = this.clock.instant();
			if (now.isBefore(this.attemptedAt.plus(this.minRefetchInterval))) {
				if (needed && this.failure != null) {
					throw new ProviderUnavailableException(this.provider, this.failure.getMessage(),
							this.failure.getProviderMessage());
				}
				return held;
			}
			this.attemptedAt = now;
			try {
				JWKSet fetched = fetch();
				this.failure = null;
				this.fetchedAt = now;
				this.keys = fetched;
				return fetched;
			}
			catch (ProviderUnavailableException ex) {
				this.failure = ex;
				throw ex;
			}
			catch (RuntimeException ex) {
				// A JWK set URI that cannot be made (a bad discovery document, say) is the provider's
				// failure too: remembered like one, so that no caller is left without keys or failure.
				this.failure = new ProviderUnavailableException(this.provider,
						"The JWK set of '" + this.provider + "' could not be fetched", null);
				throw this.failure;
			}
		}
	}

	private JWKSet fetch() {
		ProviderResponse response;
		try {
			response = this.http.get(this.provider, URI.create(this.jwkSetUri.get()),
					(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
		}
		catch (ProviderException ex) {
			throw (ex instanceof ProviderUnavailableException unavailable) ? unavailable
					: new ProviderUnavailableException(this.provider, ex.getMessage(), ex.getProviderMessage());
		}
		if (!response.status().is2xxSuccessful()) {
			throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
					+ "' failed on the JWK set request (HTTP " + response.status().value() + ")", null);
		}
		try {
			return JWKSet.parse(response.body());
		}
		catch (ParseException ex) {
			throw new ProviderUnavailableException(this.provider,
					"Provider '" + this.provider + "' published a JWK set that cannot be read", ex.getMessage());
		}
	}

}
