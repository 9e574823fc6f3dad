package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.jdbc.JdbcJwtBlacklist;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link JwtTokenService#accessTokenDecoder()} with each kind of key: RS256 and ES256 key pairs
 * and HS256 secrets, the current key and the previous ones, and a token of the wrong algorithm.
 */
class AccessTokenDecoderKeysTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private final SocialUser user = new SocialUser(42L, "jdoe", "j@example.com", "Jane", "Doe");

	@Test
	void accessTokenDecoderWhenRsaKeysThenCurrentAndPreviousKeysTokensPass() throws Exception {
		KeyPair previous = TestKeys.rsa();
		KeyPair current = TestKeys.rsa();
		String old = access(JwtKeys.asymmetric(previous, null, List.of()));
		JwtDecoder decoder = service(JwtKeys.asymmetric(current, null, List.of(previous.getPublic())))
			.accessTokenDecoder();
		assertThat(decoder.decode(old).getSubject()).isEqualTo("42");
		assertThat(decoder.decode(access(JwtKeys.asymmetric(current, null, List.of()))).getSubject()).isEqualTo("42");
		String stranger = access(JwtKeys.asymmetric(TestKeys.rsa(), null, List.of()));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(stranger));
	}

	@Test
	void accessTokenDecoderWhenEcKeysThenItsTokensPass() throws Exception {
		JwtKeys keys = JwtKeys.asymmetric(TestKeys.ec(), "ec-1", List.of());
		String access = access(keys);
		assertThat(SignedJWT.parse(access).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(service(keys).accessTokenDecoder().decode(access).getClaimAsString("token_type"))
			.isEqualTo("access");
	}

	@Test
	void accessTokenDecoderWhenRsaKeysThenHs256TokenMacedWithThePublicKeyRefused() throws Exception {
		KeyPair pair = TestKeys.rsa();
		JwtKeys keys = JwtKeys.asymmetric(pair, null, List.of());
		// The algorithm confusion attack: the public key, which anyone has, used as an HMAC secret.
		SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				SignedJWT.parse(access(keys)).getJWTClaimsSet());
		confused.sign(new MACSigner(pair.getPublic().getEncoded()));
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> service(keys).accessTokenDecoder().decode(confused.serialize()));
	}

	@Test
	void accessTokenDecoderWhenPreviousSecretThenItsTokensPass() throws Exception {
		byte[] old = "an-older-hs256-secret-of-32-bytes!!".getBytes(StandardCharsets.UTF_8);
		byte[] current = "the-current-hs256-secret-of-32-bytes".getBytes(StandardCharsets.UTF_8);
		String byOld = access(JwtKeys.hmac(old, List.of()));
		JwtDecoder decoder = service(JwtKeys.hmac(current, List.of(old))).accessTokenDecoder();
		assertThat(decoder.decode(byOld).getSubject()).isEqualTo("42");
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> service(JwtKeys.hmac(current, List.of())).accessTokenDecoder().decode(byOld));
	}

	@Test
	void asymmetricWhenRsaKeyShorterThan2048BitsThenRefusedWhenMadeNotAtTheFirstToken() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(1024);
		KeyPair shortPair = generator.generateKeyPair();
		assertThatIllegalArgumentException().isThrownBy(() -> JwtKeys.asymmetric(shortPair, null, List.of()))
			.withMessage("An RSA key must be at least 2048 bits");
	}

	@Test
	void prepareWhenCalledBeforeOrAfterTokensThenTheSameTokensPassAndFail() throws Exception {
		JwtKeys keys = JwtKeys.asymmetric(TestKeys.rsa(), null, List.of());
		JwtTokenService service = service(keys);
		String access = (String) service.issuePair(this.user, false).get("token");
		service.prepare();
		service.prepare();
		assertThat(service.verifyBearer(access).orElseThrow().getSubject()).isEqualTo("42");
		assertThat(service.accessTokenDecoder().decode(access).getSubject()).isEqualTo("42");
		JwtTokenService prepared = service(keys);
		prepared.prepare();
		assertThat(prepared.verifyBearer(access).orElseThrow().getSubject()).isEqualTo("42");
		String refresh = (String) prepared.issuePair(this.user, false).get("refresh");
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> prepared.accessTokenDecoder().decode(refresh));
	}

	private String access(JwtKeys keys) {
		return (String) service(keys).issuePair(this.user, false).get("token");
	}

	private JwtTokenService service(JwtKeys keys) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
		return new JwtTokenService(keys, JwtSettings.defaults(),
				new JdbcJwtBlacklist(JdbcClient.create(dataSource), this.clock), this.clock);
	}

}
