package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.error.InvalidTokenException;
import io.restsocial.core.jdbc.JdbcJwtBlacklist;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HS256 tokens at the byte level: what the service writes, what bare nimbus makes of it and
 * back, and tokens in the service's own header that are signed by its key and still must be
 * refused (the way that skips parsing the header must judge them as nimbus's processor does).
 */
class JwtVerificationTests {

	private static final byte[] SECRET = "a-verification-test-secret-of-32-bytes!".getBytes(StandardCharsets.UTF_8);

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private final SocialUser user = new SocialUser(42L, "jdoe", "j@example.com", "Jane", "Doe");

	private final JwtKeys keys = JwtKeys.hmac(SECRET, List.of());

	private final JwtTokenService service = service(JwtSettings.defaults());

	private final long now = this.clock.instant().getEpochSecond();

	@Test
	void issuePairWhenHs256ThenNimbusVerifiesItAndReadsTheHeader() throws Exception {
		String access = access();
		SignedJWT parsed = SignedJWT.parse(access);
		assertThat(parsed.verify(new MACVerifier(SECRET))).isTrue();
		assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(parsed.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		assertThat(parsed.getHeader().getKeyID()).isEqualTo(this.keys.signingKey().getKeyID());
		JWTClaimsSet claims = parsed.getJWTClaimsSet();
		assertThat(claims.getLongClaim("user_id")).isEqualTo(42L);
		assertThat(claims.getStringClaim("token_type")).isEqualTo("access");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
		assertThat(claims.getJWTID()).matches("[0-9a-f]{32}");
	}

	@Test
	void verifyBearerWhenNimbusSignedInTheSameHeaderThenAcceptedWithTheSameClaims() throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.keys.signingKey().getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		SignedJWT byNimbus = new SignedJWT(header, SignedJWT.parse(access()).getJWTClaimsSet());
		byNimbus.sign(new MACSigner(SECRET));
		String token = byNimbus.serialize();
		assertThat(token).startsWith(access().substring(0, access().indexOf('.') + 1));
		assertThat(this.service.verifyBearer(token)).get().satisfies((jwt) -> {
			assertThat(JwtTokenService.userId(jwt)).isEqualTo("42");
			assertThat(jwt.getClaims().get("username")).isEqualTo("jdoe");
			assertThat(jwt.getExpiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
			assertThat(jwt.getHeaders()).containsEntry("kid", this.keys.signingKey().getKeyID())
				.containsEntry("typ", "JWT");
		});
	}

	@Test
	void verifyBearerWhenOurHeaderSignedByAnotherSecretThenRefused() throws Exception {
		String access = access();
		String signingInput = access.substring(0, access.lastIndexOf('.'));
		byte[] other = "another-secret-that-is-long-enough-32b!".getBytes(StandardCharsets.UTF_8);
		assertThat(this.service.verifyBearer(signingInput + "." + hmac(signingInput, other))).isEmpty();
		// The same splice with our secret passes: the refusal above is the key's doing.
		assertThat(this.service.verifyBearer(signingInput + "." + hmac(signingInput, SECRET))).isPresent();
	}

	@Test
	void verifyBearerWhenSignatureIsNotBase64UrlOrMissingThenRefused() {
		String access = access();
		String signingInput = access.substring(0, access.lastIndexOf('.'));
		assertThat(this.service.verifyBearer(signingInput + ".")).isEmpty();
		assertThat(this.service.verifyBearer(signingInput)).isEmpty();
		assertThat(this.service.verifyBearer(signingInput + ".*" + hmac(signingInput, SECRET).substring(1)))
			.isEmpty();
		assertThat(this.service.verifyBearer(access + ".")).isEmpty();
		assertThat(this.service.verifyBearer(access + "." + access)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "null", "\"access\"", "{\"token_type\":", "not json", "" })
	void verifyWhenOurHeaderAndKeyButPayloadNotAJsonObjectThenRefused(String payload) {
		String token = signed(ourHeader(), payload);
		assertThat(this.service.verifyBearer(token)).isEmpty();
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.service.verify(token));
	}

	@Test
	void verifyWhenPayloadSegmentIsNotBase64UrlThenRefused() {
		String signingInput = ourHeader() + ".e30*";
		assertThat(this.service.verifyBearer(signingInput + "." + hmac(signingInput, SECRET))).isEmpty();
	}

	@Test
	void verifyBearerWhenAClaimIsNamedTwiceThenRefused() {
		String once = claims("access", this.now + 60);
		String twice = once.substring(0, once.length() - 1) + ",\"user_id\":43}";
		assertThat(this.service.verifyBearer(signed(ourHeader(), once))).isPresent();
		assertThat(this.service.verifyBearer(signed(ourHeader(), twice))).isEmpty();
	}

	@Test
	void verifyBearerWhenContentFollowsThePayloadObjectThenRefused() {
		String good = claims("access", this.now + 60);
		assertThat(this.service.verifyBearer(signed(ourHeader(), good + " "))).isPresent();
		assertThat(this.service.verifyBearer(signed(ourHeader(), good + "{}"))).isEmpty();
		assertThat(this.service.verifyBearer(signed(ourHeader(), good + " x"))).isEmpty();
		assertThat(this.service.verifyBearer(signed(ourHeader(), good + good))).isEmpty();
	}

	@Test
	void verifyBearerWhenTokenTypeIsNotAStringThenRefused() {
		String listed = claims("access", this.now + 60).replace("\"access\"", "[\"access\"]");
		assertThat(this.service.verifyBearer(signed(ourHeader(), listed))).isEmpty();
	}

	@Test
	void verifyBearerWhenRegisteredClaimHasTheWrongTypeThenRefused() {
		String good = claims("access", this.now + 60);
		assertThat(this.service.verifyBearer(signed(ourHeader(), good))).isPresent();
		assertThat(this.service.verifyBearer(signed(ourHeader(), good.replace("\"exp\":", "\"exp\":\"x\",\"e\":"))))
			.isEmpty();
		assertThat(this.service.verifyBearer(signed(ourHeader(), good.replace("\"jti\":\"", "\"jti\":1,\"j\":\""))))
			.isEmpty();
	}

	@Test
	void verifyBearerWhenExpiryNotAfterIssueThenRefused() {
		assertThat(this.service.verifyBearer(signed(ourHeader(), claims("access", this.now + 1)))).isPresent();
		// exp == iat: Spring's Jwt refuses it, and here the clock is before exp.
		String sameInstant = claims("access", this.now + 1).replace("\"iat\":" + this.now, "\"iat\":" + (this.now + 1));
		assertThat(this.service.verifyBearer(signed(ourHeader(), sameInstant))).isEmpty();
		assertThat(this.service.verifyBearer(signed(ourHeader(), claims("access", this.now)))).isEmpty();
	}

	@Test
	void verifyBearerWhenSignedByOurKeyButTypIsNotJwtThenRefused() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(access()).getJWTClaimsSet();
		assertThat(this.service.verifyBearer(sign(header().build(), claims))).isPresent();
		assertThat(this.service.verifyBearer(sign(header().type(JOSEObjectType.JWT).build(), claims))).isPresent();
		assertThat(this.service.verifyBearer(sign(header().type(new JOSEObjectType("at+jwt")).build(), claims)))
			.isEmpty();
	}

	@Test
	void verifyBearerWhenOurHeaderWithACriticalParameterThenRefused() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(access()).getJWTClaimsSet();
		JWSHeader critical = header().type(JOSEObjectType.JWT)
			.criticalParams(Set.of("exp"))
			.build();
		assertThat(this.service.verifyBearer(sign(critical, claims))).isEmpty();
	}

	@Test
	void issuePairWhenUserHasNoEmailThenTheClaimIsLeftOut() throws Exception {
		SocialUser noEmail = new SocialUser(7L, "nomail", null, "No", "Mail");
		String access = (String) this.service.issuePair(noEmail, true).get("token");
		assertThat(SignedJWT.parse(access).getJWTClaimsSet().getClaims()).doesNotContainKey("email")
			.containsEntry("username", "nomail");
		assertThat(this.service.verifyBearer(access)).isPresent();
	}

	@Test
	void verifyWhenIssuerConfiguredThenOnlyThatIssuerPasses() throws Exception {
		JwtTokenService withIssuer = service(new JwtSettings(Duration.ofMinutes(5), Duration.ofDays(1),
				Duration.ofMinutes(5), Duration.ofDays(1), false, false, "https://api.example.com"));
		String access = (String) withIssuer.issuePair(this.user, false).get("token");
		assertThat(SignedJWT.parse(access).getJWTClaimsSet().getIssuer()).isEqualTo("https://api.example.com");
		assertThat(withIssuer.verifyBearer(access)).isPresent();
		String otherIssuer = signed(ourHeader(),
				claims("access", this.now + 60).replace("{", "{\"iss\":\"https://evil.example.com\","));
		assertThat(withIssuer.verifyBearer(otherIssuer)).isEmpty();
		assertThat(withIssuer.verifyBearer(signed(ourHeader(), claims("access", this.now + 60)))).isEmpty();
	}

	@Test
	void issuePairWhenManyThenEveryJtiIsNew() throws Exception {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 3 * JwtIds.IDS_PER_DRAW; i++) {
			for (Object token : this.service.issuePair(this.user, false).values()) {
				assertThat(ids.add(SignedJWT.parse((String) token).getJWTClaimsSet().getJWTID())).isTrue();
			}
		}
	}

	@Test
	void issueAndVerifyWhenThreadsShareTheServiceThenEachTokenJudgedOnItsOwn() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				results.add(pool.submit(() -> {
					int right = 0;
					for (int i = 0; i < 500; i++) {
						String token = (String) this.service.issuePair(this.user, true).get("token");
						// A character inside the MAC: all six of its bits are the MAC's.
						int at = token.length() - 10;
						String flipped = token.substring(0, at) + ((token.charAt(at) == 'A') ? 'B' : 'A')
								+ token.substring(at + 1);
						if (this.service.verifyBearer(token).isPresent()
								&& this.service.verifyBearer(flipped).isEmpty()) {
							right++;
						}
					}
					return right;
				}));
			}
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(500);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void hmacWhenSecretShorterThanTheHashThenRefused() {
		assertThatExceptionOfType(JOSEException.class)
			.isThrownBy(() -> new HmacJws(JWSAlgorithm.HS256, new SecretKeySpec(new byte[31], "HmacSHA256")));
		assertThatExceptionOfType(JOSEException.class)
			.isThrownBy(() -> new HmacJws(JWSAlgorithm.HS512, new SecretKeySpec(new byte[32], "HmacSHA512")));
	}

	private String access() {
		return (String) this.service.issuePair(this.user, true).get("token");
	}

	private String ourHeader() {
		String access = access();
		return access.substring(0, access.indexOf('.'));
	}

	private JWSHeader.Builder header() {
		return new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.keys.signingKey().getKeyID());
	}

	private String claims(String type, long exp) {
		return "{\"token_type\":\"" + type + "\",\"exp\":" + exp + ",\"iat\":" + this.now + ",\"jti\":\""
				+ UUID.randomUUID().toString().replace("-", "") + "\",\"user_id\":42}";
	}

	private static String sign(JWSHeader header, JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(header, claims);
		jwt.sign(new MACSigner(SECRET));
		return jwt.serialize();
	}

	private static String signed(String headerSegment, String payload) {
		String signingInput = headerSegment + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return signingInput + "." + hmac(signingInput, SECRET);
	}

	private static String hmac(String signingInput, byte[] secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JwtTokenService service(JwtSettings settings) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
		return new JwtTokenService(this.keys, settings, new JdbcJwtBlacklist(JdbcClient.create(dataSource), this.clock),
				this.clock);
	}

}
