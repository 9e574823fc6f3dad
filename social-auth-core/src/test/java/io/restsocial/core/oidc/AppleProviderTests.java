package io.restsocial.core.oidc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.MutableClock;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.builtin.AppleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sign in with Apple: the ES256 client secret the token endpoint receives, the ID token, the
 * names posted on a first login only, and a native app's ID token for the bundle id.
 */
class AppleProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final MutableClock clock = new MutableClock(Instant.now());

	private OidcTestIssuer apple;

	private KeyPair teamKey;

	@BeforeEach
	void setUp() throws Exception {
		this.apple = new OidcTestIssuer(wiremock, "apple-key");
		this.apple.serve();
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		this.teamKey = generator.generateKeyPair();
	}

	@Test
	void loginWhenCodeThenEs256ClientSecretAndUserFromIdTokenAndPostedNames() throws Exception {
		stubToken(this.apple.sign(claims("com.example.web")));
		OAuth2Provider provider = provider(pem());
		Map<String, Object> response = provider.fetchUserData(LoginRequest.builder("apple-id")
			.code("c")
			.redirectUri("https://app.example/cb")
			.user("{\"name\":{\"firstName\":\"Jane\",\"lastName\":\"Appleseed\"},\"email\":\"jane@privaterelay.appleid.com\"}")
			.build());
		SocialDetails details = provider.userDetails(response);
		assertThat(provider.userId(details, response)).isEqualTo("001234.abcdef.5678");
		assertThat(details).isEqualTo(new SocialDetails("001234.abcdef.5678", "jane@privaterelay.appleid.com",
				"Jane Appleseed", "Jane", "Appleseed", true));

		String body = wiremock.findAll(postRequestedFor(urlPathEqualTo("/apple/token"))).get(0).getBodyAsString();
		String secret = URLDecoder.decode(body.replaceAll(".*client_secret=([^&]+).*", "$1"), StandardCharsets.UTF_8);
		SignedJWT jwt = SignedJWT.parse(secret);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo("ABC123DEFG");
		assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) this.teamKey.getPublic()))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("TEAM123456");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("com.example.web");
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("https://appleid.apple.com");
		assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());
	}

	@Test
	void loginWhenLaterLoginWithoutUserThenNoNamesButSameUid() throws Exception {
		stubToken(this.apple.sign(claims("com.example.web")));
		OAuth2Provider provider = provider(pem());
		Map<String, Object> response = provider.fetchUserData(LoginRequest.ofCode("apple-id", "c", null));
		assertThat(provider.userDetails(response).firstName()).isEmpty();
		assertThat(provider.userId(provider.userDetails(response), response)).isEqualTo("001234.abcdef.5678");
	}

	@Test
	void nativeIdTokenWhenIssuedToTheBundleIdThenAccepted() throws Exception {
		OAuth2Provider provider = provider(pem());
		Map<String, Object> response = provider
			.fetchUserData(LoginRequest.builder("apple-id").idToken(this.apple.sign(claims("com.example.ios"))).build());
		assertThat(response).containsEntry("sub", "001234.abcdef.5678");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> provider
			.fetchUserData(LoginRequest.builder("apple-id").idToken(this.apple.sign(claims("com.evil.app"))).build()));
	}

	@Test
	void userWhenNotAJsonObjectThen400NamingIt() throws Exception {
		OAuth2Provider provider = provider(pem());
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider.fetchUserData(LoginRequest.builder("apple-id")
				.idToken(this.apple.sign(claims("com.example.ios")))
				.user("[1,2]")
				.build()))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("user"));
	}

	@Test
	void clientSecretWhenSettingsMissingThenErrorNamesThem() {
		OAuth2Provider provider = new OAuth2Provider(AppleProvider.definition(),
				ProviderRegistration.withName("apple-id").clientId("com.example.web").build(), TestHttp.client());
		assertThatIllegalStateException()
			.isThrownBy(() -> provider.fetchUserData(LoginRequest.builder("apple-id").code("c").build()))
			.withMessageContaining("settings.team-id, key-id and private-key");
	}

	private JWTClaimsSet claims(String audience) {
		return new JWTClaimsSet.Builder(this.apple.claims(audience, this.clock.instant()).build())
			.subject("001234.abcdef.5678")
			.claim("email", "jane@privaterelay.appleid.com")
			.claim("name", null)
			.claim("given_name", null)
			.claim("family_name", null)
			.claim("preferred_username", null)
			.build();
	}

	private OAuth2Provider provider(String pem) {
		return new OAuth2Provider(AppleProvider.definition(), ProviderRegistration.withName("apple-id")
			.clientId("com.example.web")
			.tokenUri(wiremock.baseUrl() + "/apple/token")
			.issuerUri(this.apple.issuer())
			.jwkSetUri(this.apple.issuer() + "/jwks")
			.audiences(List.of("com.example.ios"))
			.settings(Map.of("team-id", "TEAM123456", "key-id", "ABC123DEFG", "private-key", pem))
			.build(), TestHttp.client(), this.clock);
	}

	private String pem() {
		return "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(this.teamKey.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	private static void stubToken(String idToken) {
		wiremock.stubFor(post("/apple/token").willReturn(okJson("{\"access_token\":\"a1b2\",\"token_type\":\"Bearer\","
				+ "\"expires_in\":3600,\"refresh_token\":\"r1\",\"id_token\":\"" + idToken + "\"}")));
	}

}
