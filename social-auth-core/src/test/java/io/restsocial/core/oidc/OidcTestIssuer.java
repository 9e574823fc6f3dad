package io.restsocial.core.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * An OpenID Connect issuer for tests: RSA keys of its own, a JWK set and discovery document
 * served by WireMock, and ID tokens signed like a real issuer's.
 */
public final class OidcTestIssuer {

	private final WireMockExtension wiremock;

	private final KeyPair keys;

	private final String kid;

	public OidcTestIssuer(WireMockExtension wiremock, String kid) throws Exception {
		this.wiremock = wiremock;
		this.keys = rsa();
		this.kid = kid;
	}

	public static KeyPair rsa() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	public String issuer() {
		return this.wiremock.baseUrl() + "/issuer";
	}

	public RSAKey publicJwk() {
		return new RSAKey.Builder((RSAPublicKey) this.keys.getPublic()).keyID(this.kid)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

	/** Serve the discovery document and the JWK set (this issuer's keys and any others). */
	public void serve(RSAKey... otherKeys) {
		List<com.nimbusds.jose.jwk.JWK> all = new java.util.ArrayList<>();
		all.add(publicJwk());
		all.addAll(List.of(otherKeys));
		this.wiremock.stubFor(get("/issuer/jwks").willReturn(okJson(new JWKSet(all).toString(true))));
		this.wiremock.stubFor(get("/issuer/.well-known/openid-configuration").willReturn(okJson("{\"issuer\":\""
				+ issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\",\"token_endpoint\":\""
				+ issuer() + "/token\",\"userinfo_endpoint\":\"" + issuer() + "/userinfo\",\"jwks_uri\":\"" + issuer()
				+ "/jwks\",\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
				+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
				+ "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]}")));
	}

	/** Serve the user-info endpoint that the discovery document names, answering this JSON. */
	public void serveUserInfo(String json) {
		this.wiremock.stubFor(get("/issuer/userinfo").willReturn(okJson(json)));
	}

	/** Serve the user-info endpoint with Jane Doe's subject and preferred username. */
	public void serveUserInfo() {
		serveUserInfo("{\"sub\":\"248289761001\",\"preferred_username\":\"janedoe\"}");
	}

	public JWTClaimsSet.Builder claims(String audience, Instant now) {
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject("248289761001")
			.audience(audience)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.claim("email", "jane.doe@example.com")
			.claim("email_verified", true)
			.claim("name", "Jane Doe")
			.claim("given_name", "Jane")
			.claim("family_name", "Doe")
			.claim("preferred_username", "janedoe");
	}

	public String sign(JWTClaimsSet claims) throws Exception {
		return sign(claims, (header) -> {
		});
	}

	public String sign(JWTClaimsSet claims, Consumer<JWSHeader.Builder> header) throws Exception {
		JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.kid);
		header.accept(builder);
		SignedJWT jwt = new SignedJWT(builder.build(), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) this.keys.getPrivate()));
		return jwt.serialize();
	}

}
