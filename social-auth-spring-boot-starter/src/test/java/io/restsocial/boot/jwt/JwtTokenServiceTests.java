package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.error.InvalidTokenException;
import io.restsocial.core.jdbc.JdbcJwtBlacklist;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JWT service outside Spring: ES256 keys, the keys' own rules, and the payload it writes.
 */
class JwtTokenServiceTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private final SocialUser user = new SocialUser(42L, "jdoe", "j@example.com", "Jane", "Doe");

	@Test
	void es256WhenIssuedThenVerifiedAndAnotherEcKeyRefused() throws Exception {
		JwtTokenService service = service(JwtKeys.asymmetric(TestKeys.ec(), "ec-1", List.of()));
		String access = (String) service.issuePair(this.user, false).get("token");
		assertThat(SignedJWT.parse(access).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(SignedJWT.parse(access).getHeader().getKeyID()).isEqualTo("ec-1");
		assertThat(service.verifyBearer(access)).get().extracting(JwtTokenService::userId).isEqualTo("42");

		JwtTokenService other = service(JwtKeys.asymmetric(TestKeys.ec(), "ec-1", List.of()));
		assertThat(other.verifyBearer(access)).isEmpty();
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> other.verify(access));
	}

	@Test
	void hmacWhenSecretShorterThan256BitsThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> JwtKeys.hmac(new byte[31], List.of()))
			.withMessageContaining("256 bits");
	}

	@Test
	void hmacWhenPreviousSecretThenItsTokensStillVerify() {
		byte[] old = "the-previous-secret-of-32-bytes-or-more".getBytes();
		String byOld = (String) service(JwtKeys.hmac(old, List.of())).issuePair(this.user, true).get("token");
		JwtTokenService rotated = service(JwtKeys.hmac("the-current-secret-of-32-bytes-or-more!".getBytes(),
				List.of(old)));
		assertThat(rotated.verifyBearer(byOld)).isPresent();
		assertThat(service(JwtKeys.hmac("the-current-secret-of-32-bytes-or-more!".getBytes(), List.of()))
			.verifyBearer(byOld)).isEmpty();
	}

	@Test
	void randomKeysWhenTwoStartsThenTokensDoNotCross() {
		String token = (String) service(JwtKeys.random()).issuePair(this.user, false).get("token");
		assertThat(service(JwtKeys.random()).verifyBearer(token)).isEmpty();
		assertThat(JwtKeys.random().isEphemeral()).isTrue();
		assertThat(JwtKeys.random().publicJwkSet().getKeys()).isEmpty();
	}

	@Test
	void asymmetricWhenKeyPairThenPublicSetHasNoPrivatePart() throws Exception {
		KeyPair pair = TestKeys.rsa();
		JwtKeys keys = JwtKeys.asymmetric(pair, null, List.of());
		assertThat(keys.isAsymmetric()).isTrue();
		assertThat(keys.publicJwkSet().getKeys()).singleElement().satisfies((key) -> {
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
		});
	}

	@Test
	void issuePairAndRefreshThenPayloadMembersInTheirOrderEachOnce() throws Exception {
		JwtSettings settings = new JwtSettings(Duration.ofMinutes(5), Duration.ofDays(1), Duration.ofMinutes(5),
				Duration.ofDays(1), true, false, "https://api.example.com");
		JwtTokenService service = service(JwtKeys.hmac("a-payload-test-secret-of-32-bytes-or-more".getBytes(),
				List.of()), settings);
		SocialUser noEmail = new SocialUser(42L, "jdoe", null, "Zoë \"Jo\"", "Doe");
		Map<String, Object> pair = service.issuePair(noEmail, true);
		String layout = "\\{\"token_type\":\"%s\",\"exp\":%d,\"iat\":1780315200,\"jti\":\"[0-9a-f]{32}\","
				+ "\"sub\":\"42\",\"user_id\":42,\"username\":\"jdoe\",\"first_name\":\"Zoë \\\\\"Jo\\\\\"\","
				+ "\"last_name\":\"Doe\",\"iss\":\"https://api.example.com\"}";
		assertThat(payload(pair.get("token"))).matches(layout.formatted("access", 1780315500L));
		assertThat(payload(pair.get("refresh"))).matches(layout.formatted("refresh", 1780401600L));
		// A refresh carries the user's claims, and writes its own subject and issuer anew, once.
		Map<String, Object> refreshed = service.refresh((String) pair.get("refresh"));
		assertThat(payload(refreshed.get("token"))).matches(layout.formatted("access", 1780315500L));
		assertThat(payload(refreshed.get("refresh"))).matches(layout.formatted("refresh", 1780401600L));
		assertThat(service.verifyBearer((String) refreshed.get("token"))).isPresent();
	}

	private static String payload(Object token) {
		String compact = (String) token;
		String segment = compact.substring(compact.indexOf('.') + 1, compact.lastIndexOf('.'));
		return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
	}

	private JwtTokenService service(JwtKeys keys) {
		return service(keys, JwtSettings.defaults());
	}

	private JwtTokenService service(JwtKeys keys, JwtSettings settings) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
		return new JwtTokenService(keys, settings,
				new JdbcJwtBlacklist(JdbcClient.create(dataSource), this.clock), this.clock);
	}

}
