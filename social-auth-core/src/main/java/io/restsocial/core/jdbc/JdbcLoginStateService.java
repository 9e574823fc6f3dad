package io.restsocial.core.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.state.BrowserBinding;
import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.state.IssuedState;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.state.Pkce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A {@link LoginStateService} whose states are stateless: issuing one writes nothing, and only
 * used states are remembered, in {@code social_state}, until they expire.
 * <p>
 * A state is an HS256-signed JWT carrying its id ({@code jti}), its provider, its expiry and,
 * when a browser asked for it, the SHA-256 of the binding value that browser keeps in a cookie.
 * The OpenID Connect nonce and the PKCE verifier are not stored anywhere: each is an HMAC of the
 * state's id under the state secret, derived again when the state comes back, so the verifier
 * never leaves the server and needs no row.
 * <p>
 * This is the answer to an anonymous state endpoint that could be called without limit: a row
 * per issued state let any client fill the table, while a rate limit per client address would
 * need shared counters across instances and would still let a botnet in. Here an issued state
 * costs one signature and no storage; a row is written only when a login uses its state up
 * (its id is the primary key, so of two logins racing with one state one wins), which is bounded
 * by real logins within one state lifetime: rows whose state has expired are purged, since an
 * expired state is refused by its signature's {@code exp} anyway. Any number of instances
 * sharing the database and the state secret accept each other's states and refuse each other's
 * replays.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749, section 10.12</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636">RFC 7636</a>
 */
public class JdbcLoginStateService implements LoginStateService {

	private static final String PROVIDER = "prv";

	private static final String BINDING = "bnd";

	private static final String NONCE = "nnc";

	private static final String PKCE = "pkc";

	// Used ids are kept this long past their state's expiry, for instances whose clocks lag: an
	// instance whose clock runs ahead by more than this could purge an id another still accepts.
	private static final Duration PURGE_MARGIN = Duration.ofMinutes(5);

	// The JOSE type of a state: no other token signed with the same secret (the JWT secret is its
	// fallback) passes for one.
	private static final JOSEObjectType TYPE = new JOSEObjectType("state+jwt");

	private static final Duration PURGE_INTERVAL = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SingleUseRows usedIds;

	private final byte[] secret;

	private final MACSigner signer;

	private final MACVerifier verifier;

	private final Duration ttl;

	private final Clock clock;

	/**
	 * Create the service.
	 * @param jdbc the client of the database holding {@code social_state}
	 * @param secret the HMAC key that signs states and derives their nonces and verifiers, at
	 * least 256 bits
	 * @param ttl how long a state may wait for its login
	 * @param clock the clock that judges expiry
	 */
	public JdbcLoginStateService(JdbcClient jdbc, byte[] secret, Duration ttl, Clock clock) {
		Assert.isTrue(secret != null && secret.length >= 32, "The state secret must be at least 256 bits");
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		this.usedIds = new SingleUseRows(jdbc, "social_state", clock, PURGE_INTERVAL, PURGE_MARGIN, "jti");
		this.secret = secret.clone();
		try {
			this.signer = new MACSigner(secret);
			this.verifier = new MACVerifier(secret);
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException(ex);
		}
		this.ttl = ttl;
		this.clock = clock;
	}

	@Override
	public IssuedState issue(String provider, boolean withNonce, boolean withPkce, String binding) {
		Assert.hasText(provider, "provider cannot be empty");
		Instant expiresAt = this.clock.instant().plus(this.ttl);
		String id = random();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(id)
			.claim(PROVIDER, provider)
			.expirationTime(Date.from(expiresAt));
		if (withNonce) {
			claims.claim(NONCE, true);
		}
		if (withPkce) {
			claims.claim(PKCE, true);
		}
		if (binding != null) {
			claims.claim(BINDING, BrowserBinding.hash(binding));
		}
		SignedJWT state = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims.build());
		try {
			state.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return new IssuedState(state.serialize(), withNonce ? derive("nonce", id) : null,
				withPkce ? Pkce.s256(derive("pkce", id)) : null, expiresAt);
	}

	@Override
	public ConsumedState verify(String provider, String state, String binding, boolean browser) {
		JWTClaimsSet claims = verified(state);
		String id = claims.getJWTID();
		if (id == null || id.isEmpty()) {
			throw invalid("'state' is not a state this server issued");
		}
		if (!provider.equals(claims.getClaim(PROVIDER))) {
			throw invalid("'state' was issued for another provider");
		}
		Date exp = claims.getExpirationTime();
		Instant now = this.clock.instant();
		if (exp == null || !now.isBefore(exp.toInstant())) {
			throw invalid("'state' has expired: get a new one from the state endpoint");
		}
		Object bound = claims.getClaim(BINDING);
		if (bound != null) {
			if (!BrowserBinding.matches(binding, String.valueOf(bound))) {
				throw invalid("'state' is bound to the browser that asked for it, and this request does not carry "
						+ "that browser's state cookie");
			}
		}
		else if (browser) {
			// An unbound state could have been minted by anyone and planted in this browser.
			throw invalid("'state' is not bound to this browser: a browser must get its state from the state "
					+ "endpoint itself");
		}
		// Outside the login's transaction: the purge holds no lock while a login runs.
		this.usedIds.purgeExpired();
		// A replay is refused here, before the provider is called; the insert in consume decides a race.
		if (this.usedIds.exists(id)) {
			throw invalid("'state' was already used");
		}
		return new ConsumedState(id, provider, exp.toInstant(),
				Boolean.TRUE.equals(claims.getClaim(NONCE)) ? derive("nonce", id) : null,
				Boolean.TRUE.equals(claims.getClaim(PKCE)) ? derive("pkce", id) : null);
	}

	@Override
	public void consume(ConsumedState state) {
		if (!this.usedIds.claim(state.expiresAt(), "jti, provider", state.id(), state.provider())) {
			throw invalid("'state' was already used");
		}
	}

	private JWTClaimsSet verified(String state) {
		try {
			SignedJWT jwt = SignedJWT.parse(state);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !TYPE.equals(jwt.getHeader().getType())
					|| !jwt.verify(this.verifier)) {
				throw invalid("'state' is not a state this server issued");
			}
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			throw invalid("'state' is not a state this server issued");
		}
	}

	// HMAC-SHA256(secret, purpose ":" id), base64url: 43 characters, a well-formed PKCE verifier.
	private String derive(String purpose, String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] derived = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException(message, "state");
	}

	private static String random() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
