package io.restsocial.core.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.restsocial.core.error.InvalidRequestException;

/**
 * Validates ID tokens: the signature against the provider's keys with an asymmetric algorithm
 * (never {@code none} or HMAC), then {@code iss}, {@code aud}, {@code exp} and {@code iat} with a
 * small clock skew, {@code sub}, the {@code nonce} when the login's state issued one, and
 * {@code at_hash} when present. An issuer with {@value #TENANT} in it (Azure AD's multi-tenant
 * one) is matched with the token's {@code tid} in its place.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation">OpenID Connect Core
 * 1.0, section 3.1.3.7</a>
 */
public final class IdTokenValidator {

	private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
			JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
			JWSAlgorithm.ES384, JWSAlgorithm.ES512);

	private static final Duration SKEW = Duration.ofSeconds(60);

	/** The placeholder of a multi-tenant issuer, replaced by the token's {@code tid}. */
	public static final String TENANT = "{tenantid}";

	private final String issuer;

	private final Clock clock;

	private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

	/**
	 * Create the validator.
	 * @param issuer the expected issuer
	 * @param keys the provider's signing keys
	 * @param clock the clock that judges expiry
	 */
	public IdTokenValidator(String issuer, JWKSource<SecurityContext> keys, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
		this.processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
		// Claims are checked below, on our clock.
		this.processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
	}

	/**
	 * Validate an ID token.
	 * @param idToken the token
	 * @param audiences the client ids it may be issued to; one must be in its {@code aud}
	 * @param expectedNonce the nonce the login's state issued, or {@code null}
	 * @param accessToken the access token issued with it, for {@code at_hash}, or {@code null}
	 * @param field the request field to blame
	 * @return the token's claims
	 * @throws InvalidRequestException when the token is not valid
	 */
	public JWTClaimsSet validate(String idToken, Collection<String> audiences, String expectedNonce,
			String accessToken, String field) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(idToken);
			claims = this.processor.process(jwt, null);
		}
		catch (ParseException | BadJOSEException | JOSEException | ClassCastException ex) {
			throw invalid("its signature or form is not valid", field);
		}
		if (!expectedIssuer(claims).equals(claims.getIssuer())) {
			throw invalid("it was issued by another issuer", field);
		}
		List<String> audience = claims.getAudience();
		if (audience == null || audience.stream().noneMatch(audiences::contains)) {
			throw invalid("it was issued to another client (aud)", field);
		}
		Instant now = this.clock.instant();
		Date exp = claims.getExpirationTime();
		Date iat = claims.getIssueTime();
		if (exp == null || !now.minus(SKEW).isBefore(exp.toInstant())) {
			throw invalid("it has expired", field);
		}
		if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
			throw invalid("its iat is missing or in the future", field);
		}
		if (claims.getSubject() == null || claims.getSubject().isEmpty()) {
			throw invalid("it has no sub", field);
		}
		if (expectedNonce != null && claims.getClaim("nonce") == null) {
			throw invalid("it carries no nonce, and the login's state issued one", field);
		}
		if (expectedNonce != null && !expectedNonce.equals(claims.getClaim("nonce"))) {
			throw invalid("its nonce is not the one issued with the state", field);
		}
		Object atHash = claims.getClaim("at_hash");
		if (atHash != null && accessToken != null
				&& !atHash.equals(accessTokenHash(accessToken, jwt.getHeader().getAlgorithm()))) {
			throw invalid("its at_hash does not match the access token", field);
		}
		return claims;
	}

	// Multi-tenant issuers (Azure AD's common endpoint) name the tenant in the issuer: the
	// expected issuer is the template with the token's own tid, so a tenant cannot pose as another.
	private String expectedIssuer(JWTClaimsSet claims) {
		if (!this.issuer.contains(TENANT)) {
			return this.issuer;
		}
		Object tenant = claims.getClaim("tid");
		return (tenant instanceof String tid && !tid.isEmpty()) ? this.issuer.replace(TENANT, tid) : this.issuer;
	}

	/**
	 * The {@code at_hash} of an access token: the left half of its hash by the ID token's
	 * algorithm's hash function, base64url-encoded.
	 * @param accessToken the access token
	 * @param algorithm the ID token's signing algorithm
	 * @return the hash
	 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#CodeIDToken">OpenID Connect Core 1.0,
	 * section 3.1.3.6</a>
	 */
	public static String accessTokenHash(String accessToken, JWSAlgorithm algorithm) {
		String name = algorithm.getName();
		String hash = name.endsWith("384") ? "SHA-384" : name.endsWith("512") ? "SHA-512" : "SHA-256";
		try {
			byte[] digest = MessageDigest.getInstance(hash).digest(accessToken.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(hash + " is not available", ex);
		}
	}

	private static InvalidRequestException invalid(String reason, String field) {
		return new InvalidRequestException("The ID token is not valid: " + reason, field);
	}

}
