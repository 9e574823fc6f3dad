package io.restsocial.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

}
