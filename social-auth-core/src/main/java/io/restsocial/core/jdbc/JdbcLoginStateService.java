package io.restsocial.core.jdbc;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.state.IssuedState;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.state.Pkce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * A {@link LoginStateService} whose states are HS256-signed JWTs ({@code jti}, provider,
 * {@code exp}) and whose server-side part (nonce, PKCE verifier, single use) is a row of
 * {@code social_state}. The verifier never leaves the server: a state travels through the
 * browser and the provider, and must not carry it.
 */
public class JdbcLoginStateService implements LoginStateService {

	private static final String PROVIDER = "prv";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MACSigner signer;

	private final MACVerifier verifier;

	private final Duration ttl;

	private final Clock clock;

	/**
	 * Create the service.
	 * @param jdbc the client of the database holding {@code social_state}
	 * @param secret the HMAC key that signs states, at least 256 bits
	 * @param ttl how long a state may wait for its login
	 * @param clock the clock that judges expiry
	 */
	public JdbcLoginStateService(JdbcClient jdbc, byte[] secret, Duration ttl, Clock clock) {
		Assert.notNull(jdbc, "jdbc cannot be null");
		Assert.isTrue(secret != null && secret.length >= 32, "The state secret must be at least 256 bits");
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.notNull(clock, "clock cannot be null");
		this.jdbc = jdbc;
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
	public IssuedState issue(String provider, boolean withNonce, boolean withPkce) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM social_state WHERE expires_at < ?").param(Timestamp.from(now)).update();
		String jti = UUID.randomUUID().toString();
		Instant expiresAt = now.plus(this.ttl);
		String nonce = withNonce ? random() : null;
		String codeVerifier = withPkce ? Pkce.newVerifier() : null;
		this.jdbc
			.sql("INSERT INTO social_state (jti, provider, nonce, code_verifier, created, expires_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(jti, provider, nonce, codeVerifier, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(jti)
			.claim(PROVIDER, provider)
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT state = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			state.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return new IssuedState(state.serialize(), nonce, (codeVerifier != null) ? Pkce.s256(codeVerifier) : null,
				expiresAt);
	}

	@Override
	public ConsumedState consume(String provider, String state) {
		JWTClaimsSet claims = verified(state);
		if (!provider.equals(claims.getClaim(PROVIDER))) {
			throw invalid("'state' was issued for another provider");
		}
		Date exp = claims.getExpirationTime();
		if (exp == null || !this.clock.instant().isBefore(exp.toInstant())) {
			throw invalid("'state' has expired: get a new one from the state endpoint");
		}
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT nonce, code_verifier FROM social_state WHERE jti = ? AND provider = ?")
			.params(claims.getJWTID(), provider)
			.query()
			.listOfRows();
		// The delete decides: of two logins racing with one state, only one deletes the row.
		int deleted = this.jdbc.sql("DELETE FROM social_state WHERE jti = ?").param(claims.getJWTID()).update();
		if (rows.isEmpty() || deleted == 0) {
			throw invalid("'state' was already used, or is unknown");
		}
		Map<String, Object> row = rows.get(0);
		return new ConsumedState((String) value(row, "nonce"), (String) value(row, "code_verifier"));
	}

	private JWTClaimsSet verified(String state) {
		try {
			SignedJWT jwt = SignedJWT.parse(state);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(this.verifier)) {
				throw invalid("'state' is not a state this server issued");
			}
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			throw invalid("'state' is not a state this server issued");
		}
	}

	private static Object value(Map<String, Object> row, String column) {
		// Column labels come back upper-case from H2 and lower-case from PostgreSQL.
		return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException(message, "state");
	}

	private static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
