package io.restsocial.benchmarks;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.restsocial.core.jdbc.JdbcOpaqueTokenService;
import io.restsocial.core.jdbc.JdbcStoredTokenService;
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
 * Authenticating a request token with its database lookup, in a pooled in-memory H2 holding
 * {@code tokens} tokens: an opaque token (lookup by key, SHA-512, constant-time compare) and,
 * for comparison, a stored token (lookup by primary key).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenAuthenticationBenchmark {

	@Param({ "10000" })
	public int tokens;

	private HikariDataSource dataSource;

	private JdbcOpaqueTokenService opaque;

	private JdbcStoredTokenService stored;

	private String[] opaqueTokens;

	private String[] storedTokens;

	@Setup(Level.Trial)
	public void setUp() {
		this.dataSource = Databases.h2();
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.opaque = new JdbcOpaqueTokenService(jdbc, JdbcOpaqueTokenService.Settings.defaults(), Clock.systemUTC());
		this.stored = new JdbcStoredTokenService(jdbc, Clock.systemUTC());
		this.opaqueTokens = new String[this.tokens];
		this.storedTokens = new String[this.tokens];
		for (int i = 0; i < this.tokens; i++) {
			this.opaqueTokens[i] = this.opaque.create(String.valueOf(i)).token();
			this.storedTokens[i] = this.stored.obtain(String.valueOf(i));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.dataSource.close();
	}

	@Benchmark
	public Object opaqueAuthenticate() {
		return this.opaque.verify(this.opaqueTokens[ThreadLocalRandom.current().nextInt(this.tokens)])
			.orElseThrow();
	}

	@Benchmark
	public Object opaqueAuthenticateUnknown() {
		return this.opaque.verify("0123456789abcdef".repeat(4));
	}

	@Benchmark
	public Object storedAuthenticate() {
		return this.stored.findUserId(this.storedTokens[ThreadLocalRandom.current().nextInt(this.tokens)])
			.orElseThrow();
	}

}
