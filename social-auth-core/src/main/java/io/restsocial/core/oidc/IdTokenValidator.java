package io.restsocial.core.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderUnavailableException;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.function.SingletonSupplier;

/**
 * Validates ID tokens: Spring's {@link NimbusJwtDecoder} checks the signature against the
 * provider's keys with an asymmetric algorithm (never {@code none} or HMAC); then validators check
 * {@code iss}, {@code aud}, {@code exp} and {@code iat} with a small clock skew, {@code sub}, the
 * {@code nonce} when the login's state issued one, and {@code at_hash} when present, and, for the
 * code flow, Spring's {@link OidcIdTokenValidator} its standard checks. An issuer with
 * {@value #TENANT} in it (Azure AD's multi-tenant one) is matched with the token's {@code tid} in
 * its place.
 * <p>
 * The decoder is built on our {@link CachingJwkSource} rather than taken from Spring's
 * {@code OidcIdTokenDecoderFactory}, which fetches keys with its own {@code RestTemplate}: without
 * our timeouts, response size cap, failure mapping or refetch limits.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation">OpenID Connect Core
 * 1.0, section 3.1.3.7</a>
 */
public final class IdTokenValidator {

	private static final Duration SKEW = Duration.ofSeconds(60);

	/** The placeholder of a multi-tenant issuer, replaced by the token's {@code tid}. */
	public static final String TENANT = "{tenantid}";

	private final String issuer;

	private final List<String> issuers;

	private final String what;

	private final boolean nonceEchoed;

	private final Clock clock;

	// Made at the first token, or by prepare(): nimbus's processor loads its factories of every
	// algorithm, some 100 classes, which no start needs (issue 9).
	private final SingletonSupplier<NimbusJwtDecoder> decoder;

	/**
	 * Create the validator.
	 * @param issuer the expected issuer
	 * @param keys the provider's signing keys
	 * @param clock the clock that judges expiry
	 */
	public IdTokenValidator(String issuer, JWKSource<SecurityContext> keys, Clock clock) {
		this(List.of(issuer), "ID token", true, keys, clock);
	}

	/**
	 * Create a validator of another signed token checked as an ID token is, such as a provider's
	 * JWT access token (EVE Online's), which may name its issuer in more than one way.
	 * @param issuers the accepted issuers, the first the one of a code exchange's checks
	 * @param what what the token is, for messages ({@code "ID token"}, {@code "access token"})
	 * @param nonceEchoed whether a code exchange's token must carry the nonce its login's state
	 * issued, rather than may leave it out (LinkedIn); one with another nonce is refused either way,
	 * and a native app's token must always carry it
	 * @param keys the provider's signing keys
	 * @param clock the clock that judges expiry
	 */
	public IdTokenValidator(List<String> issuers, String what, boolean nonceEchoed, JWKSource<SecurityContext> keys,
			Clock clock) {
		this.issuers = List.copyOf(issuers);
		this.issuer = this.issuers.get(0);
		this.what = what;
		this.nonceEchoed = nonceEchoed;
		this.clock = clock;
		this.decoder = SingletonSupplier.of(() -> decoder(keys));
	}

	private static NimbusJwtDecoder decoder(JWKSource<SecurityContext> keys) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithms((algorithms) -> {
			algorithms.clear();
			algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
					SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
					SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512));
		}).build();
		// The decoder only decodes: the claims are validated per login, on our clock, below.
		decoder.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		return decoder;
	}

	/**
	 * Make now the decoder that the first token would otherwise make; it fetches no keys. Calling
	 * it again does nothing.
	 */
	public void prepare() {
		this.decoder.obtain();
	}

	/**
	 * Validate an ID token that came with a code exchange: the checks of a native login, then
	 * Spring's {@link OidcIdTokenValidator} for the registration.
	 * @param idToken the token
	 * @param registration the client registration the code was exchanged with
	 * @param expectedNonce the nonce the login's state issued, or {@code null}
	 * @param accessToken the access token issued with it, for {@code at_hash}
	 * @param field the request field to blame
	 * @return the token's claims
	 * @throws InvalidRequestException when the token is not valid
	 */
	public Map<String, Object> validate(String idToken, ClientRegistration registration, String expectedNonce,
			String accessToken, String field) {
		OidcIdTokenValidator standard = new OidcIdTokenValidator(this.issuer.contains(TENANT)
				// The tenant's issuer is checked by ours; Spring's would want the template itself.
				? ClientRegistration.withClientRegistration(registration).issuerUri(null).build() : registration);
		standard.setClock(this.clock);
		standard.setClockSkew(SKEW);
		return validate(idToken, List.of(registration.getClientId()), expectedNonce, !this.nonceEchoed, accessToken,
				field, standard);
	}

	/**
	 * Validate an ID token a native app sent.
	 * @param idToken the token
	 * @param audiences the client ids it may be issued to; one must be in its {@code aud}
	 * @param expectedNonce the nonce the login's state issued, or {@code null}
	 * @param field the request field to blame
	 * @return the token's claims
	 * @throws InvalidRequestException when the token is not valid
	 */
	public Map<String, Object> validate(String idToken, Collection<String> audiences, String expectedNonce,
			String field) {
		// A native app's token must carry its nonce whatever the provider's habit: nothing but the
		// nonce ties it to this login, where a code exchange's is tied by the client secret.
		return validate(idToken, audiences, expectedNonce, false, null, field, null);
	}

	private Map<String, Object> validate(String idToken, Collection<String> audiences, String expectedNonce,
			boolean nonceMayBeMissing, String accessToken, String field, OAuth2TokenValidator<Jwt> standard) {
		Jwt jwt = decode(idToken, field);
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(check((token) -> this.issuers.stream()
			.anyMatch((issuer) -> expectedIssuer(issuer, token).equals(token.getClaimAsString("iss"))),
				"it was issued by another issuer"));
		validators.add(check((token) -> token.getAudience() != null
				&& token.getAudience().stream().anyMatch(audiences::contains), "it was issued to another client (aud)"));
		validators.add(check((token) -> token.getExpiresAt() != null
				&& this.clock.instant().minus(SKEW).isBefore(token.getExpiresAt()), "it has expired"));
		validators.add(check((token) -> token.getIssuedAt() != null
				&& !token.getIssuedAt().isAfter(this.clock.instant().plus(SKEW)), "its iat is missing or in the future"));
		validators.add(check((token) -> token.getNotBefore() == null
				|| !token.getNotBefore().isAfter(this.clock.instant().plus(SKEW)), "it is not valid yet (nbf)"));
		validators.add(check((token) -> token.getSubject() != null && !token.getSubject().isEmpty(), "it has no sub"));
		if (expectedNonce != null) {
			if (!nonceMayBeMissing) {
				validators.add(check((token) -> token.getClaim("nonce") != null,
						"it carries no nonce, and the login's state issued one"));
			}
			validators.add(check((token) -> token.getClaim("nonce") == null
					|| expectedNonce.equals(token.getClaim("nonce")), "its nonce is not the one issued with the state"));
		}
		if (accessToken != null) {
			validators.add(check((token) -> token.getClaim("at_hash") == null || token.getClaim("at_hash")
				.equals(accessTokenHash(accessToken, JWSAlgorithm.parse(String.valueOf(token.getHeaders().get("alg"))))),
					"its at_hash does not match the access token"));
		}
		if (standard != null) {
			validators.add(standard);
		}
		for (OAuth2TokenValidator<Jwt> validator : validators) {
			OAuth2TokenValidatorResult result;
			try {
				result = validator.validate(jwt);
			}
			catch (IllegalArgumentException ex) {
				// A claim of the wrong type for Spring's accessors (an iss that is no URL).
				throw invalid("a claim has an invalid value", field);
			}
			if (result.hasErrors()) {
				OAuth2Error error = result.getErrors().iterator().next();
				throw invalid((validator == standard) ? "it fails OpenID Connect's checks" : error.getDescription(),
						field);
			}
		}
		try {
			// The claims as the provider wrote them (epoch-second dates), for the login's response.
			return JWTParser.parse(idToken).getJWTClaimsSet().getClaims();
		}
		catch (ParseException ex) {
			throw invalid("its signature or form is not valid", field);
		}
	}

	private Jwt decode(String idToken, String field) {
		try {
			return this.decoder.obtain().decode(idToken);
		}
		catch (JwtException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof ProviderUnavailableException unavailable) {
					// The provider's keys could not be fetched: its failure, not the token's.
					throw unavailable;
				}
			}
			throw invalid("its signature or form is not valid", field);
		}
	}

	private static OAuth2TokenValidator<Jwt> check(Predicate<Jwt> valid, String reason) {
		OAuth2Error error = new OAuth2Error("invalid_id_token", reason, null);
		return (jwt) -> valid.test(jwt) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(error);
	}

	// Multi-tenant issuers (Azure AD's common endpoint) name the tenant in the issuer: the
	// expected issuer is the template with the token's own tid, so a tenant cannot pose as another.
	private static String expectedIssuer(String issuer, Jwt token) {
		if (!issuer.contains(TENANT)) {
			return issuer;
		}
		Object tenant = token.getClaim("tid");
		return (tenant instanceof String tid && !tid.isEmpty()) ? issuer.replace(TENANT, tid) : issuer;
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

	private InvalidRequestException invalid(String reason, String field) {
		return new InvalidRequestException("The " + this.what + " is not valid: " + reason, field);
	}

}
