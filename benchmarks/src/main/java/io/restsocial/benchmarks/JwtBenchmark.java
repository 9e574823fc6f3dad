package io.restsocial.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.zaxxer.hikari.HikariDataSource;
import io.restsocial.boot.jwt.JwtKeys;
import io.restsocial.boot.jwt.JwtSettings;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.core.jdbc.JdbcJwtBlacklist;
import io.restsocial.core.user.SocialUser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuing a JWT pair and verifying an access token, per algorithm. Verifying an access token
 * touches no database (only sliding and refresh tokens are checked against the blacklist).
 * <p>
 * The {@code nimbus*} benchmarks are the floor: bare nimbus-jose-jwt signing the same claims
 * (two tokens, as a pair) and parsing and verifying one, with a signer and a verifier made once,
 * and no claim checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtBenchmark {

	@Param({ "HS256", "RS256", "ES256" })
	public String algorithm;

	private HikariDataSource dataSource;

	private JwtTokenService jwts;

	private SocialUser user;

	private String access;

	private JWSHeader header;

	private JWSSigner signer;

	private JWSVerifier verifier;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		JwtKeys keys = switch (this.algorithm) {
			case "HS256" -> JwtKeys.hmac("a-benchmark-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
					List.of());
			case "RS256" -> {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				yield JwtKeys.asymmetric(generator.generateKeyPair(), null, List.of());
			}
			default -> {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"));
				yield JwtKeys.asymmetric(generator.generateKeyPair(), null, List.of());
			}
		};
		this.dataSource = Databases.h2();
		Clock clock = Clock.systemUTC();
		this.jwts = new JwtTokenService(keys, JwtSettings.defaults(),
				new JdbcJwtBlacklist(JdbcClient.create(this.dataSource), clock), clock);
		this.user = new SocialUser(42L, "octocat", "octocat@github.com", "Mona", "Lisa Octocat");
		this.access = (String) this.jwts.issuePair(this.user, true).get("token");
		this.header = new JWSHeader.Builder(keys.algorithm()).keyID(keys.signingKey().getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		this.signer = new DefaultJWSSignerFactory().createJWSSigner(keys.signingKey(), keys.algorithm());
		this.verifier = (keys.signingKey() instanceof OctetSequenceKey secret)
				? new DefaultJWSVerifierFactory().createJWSVerifier(this.header, secret.toSecretKey())
				: new DefaultJWSVerifierFactory().createJWSVerifier(this.header,
						((AsymmetricJWK) keys.verificationKeys().get(0)).toPublicKey());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.dataSource.close();
	}

	@Benchmark
	public Object issuePair() {
		return this.jwts.issuePair(this.user, true);
	}

	@Benchmark
	public Object verifyAccess() {
		return this.jwts.verifyBearer(this.access).orElseThrow();
	}

	@Benchmark
	public Object nimbusSignPair() throws JOSEException {
		Instant now = Instant.now();
		return new String[] { nimbusSign("access", now, now.plusSeconds(300)),
				nimbusSign("refresh", now, now.plusSeconds(86400)) };
	}

	@Benchmark
	public Object nimbusVerify() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.access);
		if (!jwt.verify(this.verifier)) {
			throw new IllegalStateException("The baseline's own token did not verify");
		}
		return jwt.getJWTClaimsSet();
	}

	private String nimbusSign(String type, Instant issuedAt, Instant expiresAt) throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("token_type", type)
			.expirationTime(Date.from(expiresAt))
			.issueTime(Date.from(issuedAt))
			.jwtID(UUID.randomUUID().toString().replace("-", ""))
			.claim("user_id", this.user.id())
			.claim("username", this.user.username())
			.claim("email", this.user.email())
			.claim("first_name", this.user.firstName())
			.claim("last_name", this.user.lastName())
			.build();
		SignedJWT jwt = new SignedJWT(this.header, claims);
		jwt.sign(this.signer);
		return jwt.serialize();
	}

}
