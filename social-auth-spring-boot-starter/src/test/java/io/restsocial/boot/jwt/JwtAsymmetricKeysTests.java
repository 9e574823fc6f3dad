package io.restsocial.boot.jwt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * RS256 with a rotated key pair: tokens carry the current kid, tokens of the previous key still
 * verify, both public keys are served at jwks.json, and HS256 tokens are refused.
 */
class JwtAsymmetricKeysTests extends LoginTestSupport {

	static final KeyPair CURRENT;

	static final KeyPair PREVIOUS;

	static final Path DIR;

	static {
		try {
			CURRENT = TestKeys.rsa();
			PREVIOUS = TestKeys.rsa();
			DIR = Files.createTempDirectory("jwt-keys");
			TestKeys.pem(DIR, "private.pem", "PRIVATE KEY", CURRENT.getPrivate());
			TestKeys.pem(DIR, "public.pem", "PUBLIC KEY", CURRENT.getPublic());
			TestKeys.pem(DIR, "previous.pem", "PUBLIC KEY", PREVIOUS.getPublic());
		}
		catch (Exception ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.jwt.private-key", () -> "file:" + DIR.resolve("private.pem"));
		registry.add("rest.social.jwt.public-key", () -> "file:" + DIR.resolve("public.pem"));
		registry.add("rest.social.jwt.previous-public-keys[0]", () -> "file:" + DIR.resolve("previous.pem"));
	}

	@Test
	void keysWhenRotatedThenCurrentSignsAndBothVerify() throws Exception {
		github.user("k", 11, "keyholder", "k@example.com", "Key Holder");
		String access = JsonMapper.builder()
			.build()
			.readTree(this.mvc
				.perform(post("/api/login/social/jwt-pair/github/").contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"k\"}"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("token")
			.asString();
		SignedJWT issued = SignedJWT.parse(access);
		String currentKid = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) CURRENT.getPublic()).build()
			.computeThumbprint()
			.toString();
		assertThat(issued.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(issued.getHeader().getKeyID()).isEqualTo(currentKid);
		me(access, 200);

		String previousKid = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) PREVIOUS.getPublic()).build()
			.computeThumbprint()
			.toString();
		JWTClaimsSet claims = issued.getJWTClaimsSet();
		SignedJWT byPrevious = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(previousKid).build(),
				claims);
		byPrevious.sign(new RSASSASigner((RSAPrivateKey) PREVIOUS.getPrivate()));
		me(byPrevious.serialize(), 200);

		KeyPair stranger = TestKeys.rsa();
		SignedJWT byStranger = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(currentKid).build(),
				claims);
		byStranger.sign(new RSASSASigner((RSAPrivateKey) stranger.getPrivate()));
		me(byStranger.serialize(), 401);

		SignedJWT hs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		hs256.sign(new MACSigner("a-secret-that-is-at-least-32-bytes-long"));
		me(hs256.serialize(), 401);

		// Algorithm confusion: HS256 keyed with the public key's bytes must not pass either.
		SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(currentKid).build(), claims);
		confused.sign(new MACSigner(CURRENT.getPublic().getEncoded()));
		me(confused.serialize(), 401);
	}

	@Test
	void jwksWhenRsaThenBothPublicKeysAndNoPrivatePart() throws Exception {
		String body = this.mvc.perform(get("/api/login/jwks.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JWKSet set = JWKSet.parse(body);
		assertThat(set.getKeys()).hasSize(2);
		assertThat(set.getKeys()).allSatisfy((key) -> {
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).isNotBlank();
		});
		assertThat(body).doesNotContain("\"d\"");
	}

	private void me(String token, int status) throws Exception {
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().is(status));
	}

}
