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
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.http.MediaType;

/**
 * A provider's JWK set, fetched through the {@link ProviderHttpClient} like every other provider
 * call, kept for an hour, and fetched again at once when a token names a key it does not hold
 * (the provider rotated its keys), at most once per {@code minRefetchInterval}, so that tokens
 * with made-up key ids cannot make it hammer the provider.
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

	private volatile JWKSet keys;

	private volatile Instant fetchedAt = Instant.MIN;

	/**
	 * Create the source.
	 * @param provider the provider name, for messages
	 * @param jwkSetUri where the JWK set is, looked up on first use
	 * @param http the client for the fetches
	 * @param clock the clock that ages the cache
	 * @param minRefetchInterval the least time between two fetches
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
		Instant now = this.clock.instant();
		JWKSet current = this.keys;
		if (current == null || now.isAfter(this.fetchedAt.plus(MAX_AGE))) {
			current = fetch(now);
		}
		List<JWK> matches = selector.select(current);
		if (matches.isEmpty() && !now.isBefore(this.fetchedAt.plus(this.minRefetchInterval))) {
			matches = selector.select(fetch(now));
		}
		return matches;
	}

	private synchronized JWKSet fetch(Instant now) {
		ProviderResponse response = this.http.get(this.provider, URI.create(this.jwkSetUri.get()),
				(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
		if (!response.status().is2xxSuccessful()) {
			throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
					+ "' failed on the JWK set request (HTTP " + response.status().value() + ")", null);
		}
		try {
			JWKSet fetched = JWKSet.parse(response.body());
			this.keys = fetched;
			this.fetchedAt = now;
			return fetched;
		}
		catch (ParseException ex) {
			throw new ProviderUnavailableException(this.provider,
					"Provider '" + this.provider + "' published a JWK set that cannot be read", ex.getMessage());
		}
	}

}
