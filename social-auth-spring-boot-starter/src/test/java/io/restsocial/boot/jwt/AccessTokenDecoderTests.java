package io.restsocial.boot.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.core.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link JwtDecoder} bean an application's resource server verifies access tokens with:
 * Spring Security's {@link NimbusJwtDecoder} on the starter's keys, which accepts the access
 * tokens of a login and refuses every other token a login or an attacker can bring.
 */
@SpringBootTest(classes = TestApp.class, properties = "rest.social.jwt.secret=" + JwtLoginTests.SECRET)
@Import(TestClockConfiguration.class)
class AccessTokenDecoderTests extends LoginTestSupport {

	@Autowired
	private JwtDecoder decoder;

	@Autowired
	private MutableClock clock;

	private JsonNode pair;

	@BeforeEach
	void loggedIn() throws Exception {
		github.user("c", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		this.pair = loggedIn("/api/login/social/jwt-pair-user/github/", "c");
	}

	@Test
	void decodeWhenAccessTokenThenItsClaimsWithTheUserIdAsSubject() {
		assertThat(this.decoder).isInstanceOf(NimbusJwtDecoder.class);
		Jwt jwt = this.decoder.decode(this.pair.get("token").asString());
		assertThat(jwt.getSubject()).isEqualTo(this.pair.get("id").asString());
		assertThat(jwt.getClaimAsString("user_id")).isEqualTo(jwt.getSubject());
		assertThat(jwt.getClaimAsString("token_type")).isEqualTo("access");
		assertThat(jwt.getClaimAsString("username")).isEqualTo("octocat");
		assertThat(jwt.getExpiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
	}

	@Test
	void decodeWhenRefreshTokenThenRefused() {
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> this.decoder.decode(this.pair.get("refresh").asString()))
			.withMessageContaining("Only access tokens");
	}

	@Test
	void decodeWhenSlidingTokenThenRefused() throws Exception {
		String sliding = loggedIn("/api/login/social/jwt-sliding/github/", "c").get("token").asString();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.decoder.decode(sliding))
			.withMessageContaining("Only access tokens");
	}

	@Test
	void decodeWhenPayloadTamperedThenRefused() throws Exception {
		String access = this.pair.get("token").asString();
		String[] parts = access.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = payload.replace("\"username\":\"octocat\"", "\"username\":\"admin\"");
		assertThat(forged).isNotEqualTo(payload);
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(tampered));
	}

	@Test
	void decodeWhenExpiredThenRefused() {
		String access = this.pair.get("token").asString();
		this.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
		assertThat(this.decoder.decode(access).getSubject()).isEqualTo(this.pair.get("id").asString());
		this.clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.decoder.decode(access))
			.withMessageContaining("expired");
	}

	@Test
	void decodeWhenSignedByAnotherKeyThenRefused() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(this.pair.get("token").asString()).getJWTClaimsSet();
		SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		other.sign(new MACSigner("another-secret-that-is-long-enough-32b"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(other.serialize()));
		SignedJWT same = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		same.sign(new MACSigner(JwtLoginTests.SECRET));
		// The same claims signed with the starter's key pass: the refusal above is the key's doing.
		assertThat(this.decoder.decode(same.serialize()).getSubject()).isEqualTo(this.pair.get("id").asString());
	}

	@Test
	void decodeWhenAlgNoneThenRefused() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(this.pair.get("token").asString()).getJWTClaimsSet();
		String unsigned = new PlainJWT(claims).serialize();
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(unsigned));
	}

	@Test
	void decodeWhenAccessTokenWithoutTokenTypeThenRefused() throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder(
				SignedJWT.parse(this.pair.get("token").asString()).getJWTClaimsSet())
			.claim("token_type", null)
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		token.sign(new MACSigner(JwtLoginTests.SECRET));
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> this.decoder.decode(token.serialize()));
	}

}
