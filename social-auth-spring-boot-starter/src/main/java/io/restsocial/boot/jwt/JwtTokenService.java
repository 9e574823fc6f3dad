package io.restsocial.boot.jwt;

import java.io.Serializable;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import io.restsocial.core.error.InvalidTokenException;
import io.restsocial.core.token.JwtBlacklist;
import io.restsocial.core.user.SocialUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * Issues and checks the JWTs of the {@code jwt-pair} and {@code jwt-sliding} logins, in the manner
 * of djangorestframework-simplejwt: claims {@code token_type} ({@code access}, {@code refresh},
 * {@code sliding}), {@code user_id}, {@code jti}, {@code iat}, {@code exp}; a sliding token also
 * carries {@code refresh_exp}, the end of the window in which it may be refreshed. They also carry
 * {@code sub}, the user id as a string (RFC 7519's subject, which resource servers read), and, when
 * {@link JwtSettings#authoritiesClaim()} names a claim, the user's authorities at login as a
 * string array, which refreshes carry over.
 * <p>
 * The authorities claim is for other services: this service never reads it, and the Bearer
 * authentication reads the user again on each request and asks for its authorities afresh, so
 * that an inactive user, or a role taken away, counts from the next request.
 * <p>
 * Signing and verification are nimbus-jose-jwt's, with a signer and verifiers made once (see
 * {@link JwtCodec}); only the configured algorithms are accepted (never {@code none}), and the
 * decoded token is Spring Security's {@link Jwt}. Expiry is judged by the injected {@link Clock}
 * with no leeway: a token is expired from its {@code exp} on.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7519">RFC 7519</a>
 */
public final class JwtTokenService {

	/** The claim that says what a token is for. */
	public static final String TOKEN_TYPE = "token_type";

	/** The claim with the user's id. */
	public static final String USER_ID = "user_id";

	/** The claim with the user's id as a string, RFC 7519's subject. */
	public static final String SUB = JwtClaimNames.SUB;

	/** The claim with the end of a sliding token's refresh window. */
	public static final String REFRESH_EXP = "refresh_exp";

	// Names a user field may not take as a claim: the user's id (user_id carries it) and the
	// token's own claims, registered (RFC 7519, section 4.1) or ours.
	private static final Set<String> NOT_USER_CLAIMS = Set.of("id", USER_ID, TOKEN_TYPE, REFRESH_EXP,
			JwtClaimNames.ISS, JwtClaimNames.SUB, JwtClaimNames.AUD, JwtClaimNames.EXP, JwtClaimNames.NBF,
			JwtClaimNames.IAT, JwtClaimNames.JTI);

	// The claims a token is issued with anew, not carried from the token it refreshes (the subject
	// is made anew from user_id).
	private static final Set<String> ISSUED_CLAIMS = Set.of(TOKEN_TYPE, REFRESH_EXP, JwtClaimNames.ISS,
			JwtClaimNames.SUB, JwtClaimNames.EXP, JwtClaimNames.NBF, JwtClaimNames.IAT, JwtClaimNames.JTI);

	private final JwtKeys keys;

	private final JwtSettings settings;

	private final JwtBlacklist blacklist;

	private final Clock clock;

	// Made at the first token, or by prepare(): its signer, verifiers and nimbus's processor load
	// some 250 classes, a part of the starter's start-up that no start needs (issue 9).
	private final SingletonSupplier<JwtCodec> codec;

	private final SingletonSupplier<JWTProcessor<SecurityContext>> accessTokenProcessor;

	private final JwtIds ids = new JwtIds();

	private final OAuth2TokenValidator<Jwt> validator;

	private final OAuth2TokenValidator<Jwt> expiredTolerantValidator;

	private Function<SocialUser, Map<String, Object>> userFields = JwtTokenService::defaultUserFields;

	/**
	 * Create the service.
	 * @param keys the signing and verification keys
	 * @param settings lifetimes and refresh rules
	 * @param blacklist the revoked tokens
	 * @param clock the clock that stamps and judges tokens
	 */
	public JwtTokenService(JwtKeys keys, JwtSettings settings, JwtBlacklist blacklist, Clock clock) {
		Assert.notNull(keys, "keys cannot be null");
		Assert.notNull(settings, "settings cannot be null");
		Assert.notNull(blacklist, "blacklist cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.keys = keys;
		this.settings = settings;
		this.blacklist = blacklist;
		this.clock = clock;
		this.codec = SingletonSupplier.of(() -> new JwtCodec(keys));
		this.accessTokenProcessor = SingletonSupplier.of(this::accessTokenProcessor);
		this.validator = validator(true);
		this.expiredTolerantValidator = validator(false);
	}

	/**
	 * Set the user's fields that the {@code -user} tokens carry as claims: the starter passes the
	 * user JSON of the logins. A field named {@code id}, or as one of the token's own claims
	 * ({@code user_id}, {@code token_type}, {@code exp}, ...), is left out; one without a value
	 * too. By default {@code username}, {@code email}, {@code first_name} and {@code last_name}.
	 * @param userFields what writes the user's fields
	 */
	public void setUserFields(Function<SocialUser, Map<String, Object>> userFields) {
		Assert.notNull(userFields, "userFields cannot be null");
		this.userFields = userFields;
	}

	/**
	 * Issue an access and a refresh token, with no authorities claim.
	 * @param user the user
	 * @param withUserClaims whether the tokens also carry the user's fields
	 * @return {@code token} (access) and {@code refresh}
	 */
	public Map<String, Object> issuePair(SocialUser user, boolean withUserClaims) {
		return issuePair(user, withUserClaims, null);
	}

	/**
	 * Issue an access and a refresh token.
	 * @param user the user
	 * @param withUserClaims whether the tokens also carry the user's fields
	 * @param authorities the user's authorities, carried when an authorities claim is configured;
	 * {@code null} for none
	 * @return {@code token} (access) and {@code refresh}
	 */
	public Map<String, Object> issuePair(SocialUser user, boolean withUserClaims,
			Collection<? extends GrantedAuthority> authorities) {
		Map<String, Object> claims = userClaims(user, withUserClaims);
		addAuthorities(claims, authorities);
		Instant now = now();
		// Both tokens carry the same user claims: written once.
		byte[] shared = sharedMembers(claims);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", encode(TokenType.ACCESS, shared, now, now.plus(this.settings.accessTokenLifetime()),
				newJti()));
		answer.put("refresh", encode(TokenType.REFRESH, shared, now, now.plus(this.settings.refreshTokenLifetime()),
				newJti()));
		return answer;
	}

	/**
	 * Issue a sliding token, with no authorities claim.
	 * @param user the user
	 * @param withUserClaims whether the token also carries the user's fields
	 * @return the token
	 */
	public String issueSliding(SocialUser user, boolean withUserClaims) {
		return issueSliding(user, withUserClaims, null);
	}

	/**
	 * Issue a sliding token.
	 * @param user the user
	 * @param withUserClaims whether the token also carries the user's fields
	 * @param authorities the user's authorities, carried when an authorities claim is configured;
	 * {@code null} for none
	 * @return the token
	 */
	public String issueSliding(SocialUser user, boolean withUserClaims,
			Collection<? extends GrantedAuthority> authorities) {
		Map<String, Object> claims = userClaims(user, withUserClaims);
		addAuthorities(claims, authorities);
		Instant now = now();
		claims.put(REFRESH_EXP, now.plus(this.settings.slidingTokenRefreshLifetime()).getEpochSecond());
		return encode(TokenType.SLIDING, claims, now, now.plus(this.settings.slidingTokenLifetime()), newJti());
	}

	/**
	 * Check a token presented as {@code Authorization: Bearer}: an access or sliding token,
	 * valid, unexpired, and (a sliding one) not revoked.
	 * @param token the token
	 * @return the decoded token, or empty when it may not authenticate a request
	 */
	public Optional<Jwt> verifyBearer(String token) {
		try {
			Jwt jwt = decode(token, true);
			TokenType type = TokenType.of(jwt);
			if (type == TokenType.ACCESS || (type == TokenType.SLIDING && !this.blacklist.contains(jwt.getId()))) {
				return Optional.of(jwt);
			}
			return Optional.empty();
		}
		catch (JwtException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Answer a new access token for a refresh token; with rotation also a new refresh token, and
	 * with blacklist-after-rotation the old one revoked first, so that it refreshes once however
	 * many requests bring it at the same time.
	 * @param refresh the refresh token
	 * @return {@code token}, and {@code refresh} when rotating
	 * @throws InvalidTokenException when the refresh token is not valid
	 */
	public Map<String, Object> refresh(String refresh) {
		Jwt jwt = decode(refresh, "refresh", TokenType.REFRESH, true);
		if (this.settings.rotateRefreshTokens() && this.settings.blacklistAfterRotation()
				&& !this.blacklist.add(jwt.getId(), jwt.getExpiresAt())) {
			// Used up before anything is signed: of concurrent refreshes with one token, one wins.
			throw new InvalidTokenException("Token is blacklisted", "refresh");
		}
		Map<String, Object> claims = carriedClaims(jwt);
		Instant now = now();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", encode(TokenType.ACCESS, claims, now, now.plus(this.settings.accessTokenLifetime()),
				newJti()));
		if (this.settings.rotateRefreshTokens()) {
			answer.put("refresh", encode(TokenType.REFRESH, claims, now,
					now.plus(this.settings.refreshTokenLifetime()), newJti()));
		}
		return answer;
	}

	/**
	 * Answer a sliding token with a new expiry, while its refresh window is open; it keeps its
	 * {@code jti} and window, so revoking it revokes its successors too.
	 * @param token the sliding token, expired or not
	 * @return the new sliding token
	 * @throws InvalidTokenException when the token is not valid or its window has closed
	 */
	public String refreshSliding(String token) {
		Jwt jwt = decode(token, "token", TokenType.SLIDING, false);
		Instant now = now();
		Object refreshExp = jwt.getClaim(REFRESH_EXP);
		if (!(refreshExp instanceof Number end) || !Instant.ofEpochSecond(end.longValue()).isAfter(now)) {
			throw new InvalidTokenException("Token's refresh period has expired", "token");
		}
		Map<String, Object> claims = carriedClaims(jwt);
		claims.put(REFRESH_EXP, end.longValue());
		return encode(TokenType.SLIDING, claims, now, now.plus(this.settings.slidingTokenLifetime()), jwt.getId());
	}

	/**
	 * Check any token this service issued: valid signature, unexpired, not revoked.
	 * @param token the token
	 * @throws InvalidTokenException when it is not valid
	 */
	public void verify(String token) {
		decode(token, "token", null, true);
	}

	/**
	 * Revoke a refresh token, or with {@code field} {@code token} a sliding token.
	 * @param token the token
	 * @param field the request field that held it: {@code refresh} or {@code token}
	 * @throws InvalidTokenException when it is not a valid token of that kind
	 */
	public void blacklist(String token, String field) {
		Jwt jwt = decode(token, field, "refresh".equals(field) ? TokenType.REFRESH : TokenType.SLIDING, false);
		this.blacklist.add(jwt.getId(), blacklistUntil(jwt));
	}

	/**
	 * A decoder of this service's access tokens for Spring Security's resource server
	 * ({@code oauth2ResourceServer().jwt()}): nimbus's own {@link NimbusJwtDecoder}, with the
	 * verification keys and algorithms of {@link #keys()} (so never {@code none}), and the checks
	 * of {@link #verifyBearer(String)} on the claims: the claims it needs, expiry on this
	 * service's clock, the issuer when one is set. Only access tokens pass: a refresh token, and a
	 * sliding one too, is refused, so that no token that can be revoked is accepted without a look
	 * at the blacklist (access tokens cannot be revoked; they expire).
	 * <p>
	 * It judges the token alone: unlike the Bearer authentication, it does not read the user, so
	 * an inactive user's access token passes until it expires.
	 * @return the decoder
	 */
	public JwtDecoder accessTokenDecoder() {
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(new PreparedProcessor(this.accessTokenProcessor));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(this.validator,
				(jwt) -> (TokenType.of(jwt) == TokenType.ACCESS) ? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult
							.failure(new OAuth2Error("invalid_token", "Only access tokens are accepted", null))));
		return decoder;
	}

	/**
	 * Make now what the first token would otherwise make: the signer, the verifiers and the
	 * processor of {@link #accessTokenDecoder()}. The starter calls it on a background thread once
	 * the application is ready; calling it is never needed, and calling it again does nothing.
	 */
	public void prepare() {
		this.codec.obtain();
		this.accessTokenProcessor.obtain();
	}

	private JWTProcessor<SecurityContext> accessTokenProcessor() {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(this.keys.algorithms(),
				new ImmutableJWKSet<>(new JWKSet(this.keys.verificationKeys()))));
		// The claims are judged by the decoder's validators, on this service's clock.
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		return processor;
	}

	/**
	 * The user id a token carries, in its string form.
	 * @param jwt the decoded token
	 * @return the user id
	 */
	public static String userId(Jwt jwt) {
		return String.valueOf(jwt.getClaims().get(USER_ID));
	}

	/**
	 * The keys this service signs and verifies with.
	 * @return the keys
	 */
	public JwtKeys keys() {
		return this.keys;
	}

	// Until no token of its jti can be valid: a sliding token refreshed at the end of its window
	// expires one lifetime after it, and keeps the jti of the token revoked.
	private Instant blacklistUntil(Jwt jwt) {
		Object refreshExp = jwt.getClaim(REFRESH_EXP);
		Instant exp = jwt.getExpiresAt();
		if (refreshExp instanceof Number end) {
			Instant lastExpiry = Instant.ofEpochSecond(end.longValue()).plus(this.settings.slidingTokenLifetime());
			return lastExpiry.isAfter(exp) ? lastExpiry : exp;
		}
		return exp;
	}

	private Jwt decode(String token, String field, TokenType expected, boolean checkExpiry) {
		Jwt jwt;
		try {
			jwt = decode(token, checkExpiry);
		}
		catch (JwtException ex) {
			throw new InvalidTokenException("Token is invalid or expired", field);
		}
		TokenType type = TokenType.of(jwt);
		if (expected != null && type != expected) {
			throw new InvalidTokenException("Token has wrong type: expected " + expected.claim, field);
		}
		if (type != TokenType.ACCESS && this.blacklist.contains(jwt.getId())) {
			throw new InvalidTokenException("Token is blacklisted", field);
		}
		return jwt;
	}

	private Jwt decode(String token, boolean checkExpiry) {
		Jwt jwt = this.codec.obtain().verify(token);
		OAuth2TokenValidatorResult result = (checkExpiry ? this.validator : this.expiredTolerantValidator)
			.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
					result.getErrors());
		}
		return jwt;
	}

	private String encode(TokenType type, Map<String, Object> claims, Instant issuedAt, Instant expiresAt, String jti) {
		return encode(type, sharedMembers(claims), issuedAt, expiresAt, jti);
	}

	// A token's own members are written by hand: their names are constants, the type's claim a
	// constant, the times numbers and the id hex digits (JwtIds), so none needs escaping. A token
	// of a pair is signed with the members the pair shares (JwtCodec.sign).
	private String encode(TokenType type, byte[] shared, Instant issuedAt, Instant expiresAt, String jti) {
		String own = "\"" + TOKEN_TYPE + "\":\"" + type.claim + "\",\"" + JwtClaimNames.EXP + "\":"
				+ expiresAt.getEpochSecond() + ",\"" + JwtClaimNames.IAT + "\":" + issuedAt.getEpochSecond() + ",\""
				+ JwtClaimNames.JTI + "\":\"" + jti + "\"";
		return this.codec.obtain().sign(own, shared);
	}

	// The payload is written straight from its parts, without a map of them (a tenth of issuing a
	// pair in JwtBenchmark's profile, issue 9). The claims never hold a name written here or by
	// encode: user fields leave out NOT_USER_CLAIMS and carried claims leave out ISSUED_CLAIMS.
	private byte[] sharedMembers(Map<String, Object> claims) {
		String issuer = this.settings.issuer();
		return JwtCodec.members((json) -> {
			// RFC 7519's subject: a string, whatever the user id's type.
			json.writeStringProperty(SUB, String.valueOf(claims.get(USER_ID)));
			for (Map.Entry<String, Object> claim : claims.entrySet()) {
				// A user field without a value is left out rather than written as null.
				if (claim.getValue() != null) {
					JwtCodec.writeClaim(json, claim.getKey(), claim.getValue());
				}
			}
			if (issuer != null) {
				json.writeStringProperty(JwtClaimNames.ISS, issuer);
			}
		});
	}

	private Map<String, Object> userClaims(SocialUser user, boolean withUserClaims) {
		Map<String, Object> claims = new LinkedHashMap<>();
		Serializable id = user.id();
		claims.put(USER_ID, (id instanceof Number) ? id : user.idAsString());
		if (withUserClaims) {
			this.userFields.apply(user).forEach((name, value) -> {
				if (!NOT_USER_CLAIMS.contains(name)) {
					claims.put(name, value);
				}
			});
		}
		return claims;
	}

	private static Map<String, Object> defaultUserFields(SocialUser user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", user.username());
		fields.put("email", user.email());
		fields.put("first_name", user.firstName());
		fields.put("last_name", user.lastName());
		return fields;
	}

	private void addAuthorities(Map<String, Object> claims, Collection<? extends GrantedAuthority> authorities) {
		if (this.settings.authoritiesClaim() != null && authorities != null) {
			List<String> names = new ArrayList<>(authorities.size());
			for (GrantedAuthority authority : authorities) {
				if (authority.getAuthority() != null) {
					names.add(authority.getAuthority());
				}
			}
			claims.put(this.settings.authoritiesClaim(), names);
		}
	}

	// Every claim but those each token is issued with anew: the user's, whichever fields the user
	// JSON wrote, the authorities at login (a refresh reads no user), and any other an issuer added.
	private static Map<String, Object> carriedClaims(Jwt jwt) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(USER_ID, jwt.getClaims().get(USER_ID));
		jwt.getClaims().forEach((name, value) -> {
			if (!ISSUED_CLAIMS.contains(name)) {
				claims.put(name, value);
			}
		});
		return claims;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private String newJti() {
		return this.ids.next();
	}

	private OAuth2TokenValidator<Jwt> validator(boolean checkExpiry) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtTokenService::requiredClaims);
		if (checkExpiry) {
			// RFC 7519, section 4.1.4: the current time must be before exp, so a token is expired
			// at exp itself (Spring's JwtTimestampValidator still accepts that instant).
			validators.add((jwt) -> (jwt.getExpiresAt() != null && this.clock.instant().isBefore(jwt.getExpiresAt()))
					? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has expired", null)));
		}
		if (this.settings.issuer() != null) {
			validators.add(new JwtIssuerValidator(this.settings.issuer()));
		}
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static OAuth2TokenValidatorResult requiredClaims(Jwt jwt) {
		boolean complete = jwt.getClaims().get(JwtClaimNames.JTI) != null && jwt.getExpiresAt() != null
				&& jwt.getIssuedAt() != null && jwt.hasClaim(USER_ID) && TokenType.of(jwt) != null;
		return complete ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
			.failure(new OAuth2Error("invalid_token", "A claim is missing or unknown", null));
	}

	private enum TokenType {

		ACCESS("access"), REFRESH("refresh"), SLIDING("sliding");

		private final String claim;

		TokenType(String claim) {
			this.claim = claim;
		}

		static TokenType of(Jwt jwt) {
			// The claim itself must be the string, not anything whose string form it is.
			if (jwt.getClaims().get(TOKEN_TYPE) instanceof String claim) {
				for (TokenType type : values()) {
					if (type.claim.equals(claim)) {
						return type;
					}
				}
			}
			return null;
		}

	}

	/**
	 * Nimbus's processor of {@link #accessTokenDecoder()}, made when first used, so that the
	 * decoder bean is a {@link NimbusJwtDecoder} without making nimbus's processor (and loading
	 * its factories of every algorithm) at start.
	 */
	private record PreparedProcessor(
			SingletonSupplier<JWTProcessor<SecurityContext>> processor) implements JWTProcessor<SecurityContext> {

		@Override
		public JWTClaimsSet process(String jwt, SecurityContext context)
				throws ParseException, BadJOSEException, JOSEException {
			return this.processor.obtain().process(jwt, context);
		}

		@Override
		public JWTClaimsSet process(JWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
			return this.processor.obtain().process(jwt, context);
		}

		@Override
		public JWTClaimsSet process(PlainJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
			return this.processor.obtain().process(jwt, context);
		}

		@Override
		public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
			return this.processor.obtain().process(jwt, context);
		}

		@Override
		public JWTClaimsSet process(EncryptedJWT jwt, SecurityContext context)
				throws BadJOSEException, JOSEException {
			return this.processor.obtain().process(jwt, context);
		}

	}

}
