package io.restsocial.core.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.MutableClock;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.builtin.Auth0Provider;
import io.restsocial.core.provider.builtin.AzureAdProvider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import io.restsocial.core.provider.builtin.CognitoProvider;
import io.restsocial.core.provider.builtin.GoogleProvider;
import io.restsocial.core.provider.builtin.OktaProvider;
import io.restsocial.core.provider.builtin.LinkedInProvider;
import io.restsocial.core.provider.builtin.OidcProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The generic {@code oidc} provider against an issuer served by WireMock: discovery, ID token
 * validation and its negative cases, key rotation, native ID token logins, and Google's ID token.
 */
class OidcProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final String ACCESS_TOKEN = "SlAV32hkKG";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

	private OidcTestIssuer issuer;

	@BeforeEach
	void setUp() throws Exception {
		this.issuer = new OidcTestIssuer(wiremock, "key-1");
		this.issuer.serve();
	}

	@Test
	void loginWhenValidIdTokenAndUserInfoThenUserFromClaims() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).claim("nonce", "n-1").build()));
		stubUserInfo("248289761001");
		OAuth2Provider provider = provider();
		Map<String, Object> response = provider.fetchUserData(request("n-1"));
		var details = provider.userDetails(response);
		assertThat(provider.userId(details, response)).isEqualTo("248289761001");
		assertThat(details.username()).isEqualTo("janedoe");
		assertThat(details.email()).isEqualTo("jane.doe@example.com");
		assertThat(details.firstName()).isEqualTo("Jane");
		assertThat(provider.usesNonce()).isTrue();
		assertThat(provider.authorizationUri()).isEqualTo(this.issuer.issuer() + "/authorize");
		wiremock.verify(postRequestedFor(urlPathEqualTo("/issuer/token")).withHeader("Authorization",
				equalTo("Basic b2lkYy1jbGllbnQ6b2lkYy1zZWNyZXQ=")));
		wiremock.verify(getRequestedFor(urlPathEqualTo("/issuer/userinfo")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
	}

	@Test
	void prepareWhenOidcThenNothingFetchedAndTheNextLoginStillChecksItsIdToken() throws Exception {
		OAuth2Provider provider = provider();
		wiremock.resetRequests();
		provider.prepare();
		provider.prepare();
		// No discovery document, no keys, no token: it only makes what the first login would.
		assertThat(wiremock.getAllServeEvents()).isEmpty();
		stubToken(this.issuer.sign(this.issuer.claims("another-client", now()).build()));
		stubUserInfo("248289761001");
		assertThatExceptionOfType(io.restsocial.core.error.InvalidRequestException.class)
			.isThrownBy(() -> provider.fetchUserData(request(null)));
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).claim("nonce", "n-1").build()));
		assertThat(provider.fetchUserData(request("n-1"))).containsEntry("sub", "248289761001");
	}

	@Test
	void authorizationUrlWhenOidcThenDiscoveredEndpointWithNonceAndExtraParams() {
		OAuth2Provider provider = new OAuth2Provider(OidcProvider.definition(), ProviderRegistration.withName("oidc")
			.clientId("oidc-client")
			.clientSecret("oidc-secret")
			.issuerUri(this.issuer.issuer())
			.extraParams(Map.of("prompt", "consent", "nonce", "not-the-states"))
			.build(), TestHttp.client(), this.clock);
		String url = provider.authorizationUrl(null, "st-1", "n-1", null).orElseThrow();
		var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(url).build().getQueryParams();
		assertThat(url).startsWith(this.issuer.issuer() + "/authorize?");
		assertThat(query.get("nonce")).containsExactly("n-1");
		assertThat(query.get("state")).containsExactly("st-1");
		assertThat(query.get("prompt")).containsExactly("consent");
		assertThat(query.getFirst("scope")).isEqualTo("openid%20profile%20email");
		assertThat(query).doesNotContainKeys("redirect_uri", "code_challenge");
	}

	// An issuer that fails, slowly perhaps (a timeout), must not be called by every login in turn:
	// its failure is answered again without a call until the retry interval has passed.
	@Test
	void discoveryWhenIssuerFailsThenAnsweredAgainWithoutACallUntilTheRetryIntervalThenTriedAndKept()
			throws Exception {
		wiremock.stubFor(get("/issuer/.well-known/openid-configuration")
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));
		OAuth2Provider provider = provider();
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).build()));
		stubUserInfo("248289761001");
		assertThatExceptionOfType(io.restsocial.core.error.ProviderUnavailableException.class)
			.isThrownBy(() -> provider.fetchUserData(request(null)));
		this.issuer.serve();
		this.clock.advance(Duration.ofSeconds(4));
		assertThatExceptionOfType(io.restsocial.core.error.ProviderUnavailableException.class)
			.isThrownBy(() -> provider.fetchUserData(request(null)));
		wiremock.verify(1, getRequestedFor(urlPathEqualTo("/issuer/.well-known/openid-configuration")));
		this.clock.advance(Duration.ofSeconds(2));
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).build()));
		assertThat(provider.fetchUserData(request(null))).containsKey("sub");
		assertThat(provider.fetchUserData(request(null))).containsKey("sub");
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/issuer/.well-known/openid-configuration")));
	}

	@Test
	void loginWhenIdTokenSignedByAnotherKeyThenRefused() throws Exception {
		OidcTestIssuer impostor = new OidcTestIssuer(wiremock, "key-1");
		stubToken(impostor.sign(this.issuer.claims("oidc-client", now()).build()));
		assertRefused("signature");
	}

	@Test
	void loginWhenIdTokenUnsignedOrHmacSignedThenRefused() throws Exception {
		JWTClaimsSet claims = this.issuer.claims("oidc-client", now()).build();
		stubToken(new PlainJWT(claims).serialize());
		assertRefused("signature");
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), claims);
		hmac.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!"));
		stubToken(hmac.serialize());
		assertRefused("signature");
	}

	@Test
	void loginWhenWrongIssuerThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).issuer("https://evil.example").build()));
		assertRefused("another issuer");
	}

	@Test
	void loginWhenWrongAudienceThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("someone-else", now()).build()));
		assertRefused("another client");
	}

	@Test
	void loginWhenExpiredBeyondSkewThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now().minusSeconds(3661)).build()));
		assertRefused("expired");
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now().minusSeconds(3630)).build()));
		stubUserInfo("248289761001");
		assertThat(provider().fetchUserData(request(null))).as("within the 60 s skew").containsKey("sub");
	}

	@Test
	void loginWhenNotValidYetBeyondSkewThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now())
			.notBeforeTime(Date.from(now().plusSeconds(61)))
			.build()));
		assertRefused("not valid yet");
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now())
			.notBeforeTime(Date.from(now().plusSeconds(59)))
			.build()));
		stubUserInfo("248289761001");
		assertThat(provider().fetchUserData(request(null))).as("within the 60 s skew").containsKey("sub");
	}

	@Test
	void loginWhenNonceDiffersFromTheStatesThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).claim("nonce", "other").build()));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider().fetchUserData(request("n-1")))
			.withMessageContaining("nonce");
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).build()));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider().fetchUserData(request("n-1")))
			.withMessageContaining("nonce");
	}

	@Test
	void loginWhenAtHashMatchesThenAcceptedAndWhenNotRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now())
			.claim("at_hash", IdTokenValidator.accessTokenHash(ACCESS_TOKEN, JWSAlgorithm.RS256))
			.build()));
		stubUserInfo("248289761001");
		assertThat(provider().fetchUserData(request(null))).containsKey("at_hash");
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).claim("at_hash", "AAAAAAAAAAAAAAAAAAAAAA").build()));
		assertRefused("at_hash");
	}

	@Test
	void atHashWhenOpenIdConnectExampleThenSameValue() {
		// OpenID Connect Core 1.0, Appendix A.3: the RS256 ID token issued with this access token
		// carries at_hash "77QmUPtjPfzWtF2AnpK9RQ".
		assertThat(IdTokenValidator.accessTokenHash("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y", JWSAlgorithm.RS256))
			.isEqualTo("77QmUPtjPfzWtF2AnpK9RQ");
	}

	@Test
	void loginWhenUserInfoSubjectDiffersThenRefused() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).build()));
		stubUserInfo("someone-else");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> provider().fetchUserData(request(null)))
			.withMessageContaining("another subject");
	}

	@Test
	void loginWhenNoIdTokenFromAnOidcIssuerThenRefused() {
		wiremock.stubFor(post("/issuer/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\"}")));
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> provider().fetchUserData(request(null)))
			.withMessageContaining("without an id_token");
	}

	@Test
	void keysWhenIssuerRotatesThenUnknownKidFetchesTheSetAgain() throws Exception {
		OAuth2Provider provider = provider();
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).build()));
		stubUserInfo("248289761001");
		provider.fetchUserData(request(null));

		OidcTestIssuer rotated = new OidcTestIssuer(wiremock, "key-2");
		this.issuer.serve(rotated.publicJwk());
		this.clock.advance(Duration.ofSeconds(10));
		stubToken(rotated.sign(this.issuer.claims("oidc-client", now()).build()));
		assertThat(provider.fetchUserData(request(null))).containsKey("sub");
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/issuer/jwks")));

		// An unknown kid right after a fetch does not fetch again.
		OidcTestIssuer stranger = new OidcTestIssuer(wiremock, "key-3");
		stubToken(stranger.sign(this.issuer.claims("oidc-client", now()).build()));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> provider.fetchUserData(request(null)));
		wiremock.verify(2, getRequestedFor(urlPathEqualTo("/issuer/jwks")));
	}

	@Test
	void nativeIdTokenWhenIssuedToTheMobileClientThenAcceptedWithoutAnyProviderCall() throws Exception {
		String idToken = this.issuer.sign(this.issuer.claims("ios-client", now()).build());
		OAuth2Provider provider = provider();
		LoginRequest request = LoginRequest.builder("oidc").idToken(idToken).build();
		assertThat(provider.fetchUserData(request)).containsEntry("sub", "248289761001");
		wiremock.verify(0, postRequestedFor(urlPathEqualTo("/issuer/token")));

		String foreign = this.issuer.sign(this.issuer.claims("android-of-someone-else", now()).build());
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider.fetchUserData(
					LoginRequest.builder("oidc").idToken(foreign).build()))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("id_token"));
	}

	@Test
	void googleWhenCodeExchangeAnswersAnIdTokenThenItIsValidated() throws Exception {
		OAuth2Provider google = new OAuth2Provider(GoogleProvider.definition(),
				ProviderRegistration.withName("google-oauth2")
					.clientId("google-client")
					.clientSecret("s")
					.tokenUri(wiremock.baseUrl() + "/issuer/token")
					.userInfoUri(wiremock.baseUrl() + "/issuer/userinfo")
					.issuerUri(this.issuer.issuer())
					.jwkSetUri(this.issuer.issuer() + "/jwks")
					.build(),
				TestHttp.client(), this.clock);
		stubUserInfo("248289761001");
		stubToken(this.issuer.sign(this.issuer.claims("google-client", now()).build()));
		Map<String, Object> response = google.fetchUserData(request(null));
		assertThat(google.userId(google.userDetails(response), response)).isEqualTo("248289761001");
		assertThat(google.userDetails(response).emailVerified()).isTrue();
		stubToken(this.issuer.sign(this.issuer.claims("another-google-client", now()).build()));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> google.fetchUserData(request(null)));
	}

	@Test
	void googleWhenUniqueUserIdTurnedOffThenPythonSocialAuthsEmailUid() throws Exception {
		OAuth2Provider google = new OAuth2Provider(GoogleProvider.definition(),
				ProviderRegistration.withName("google-oauth2")
					.clientId("google-client")
					.clientSecret("s")
					.tokenUri(wiremock.baseUrl() + "/issuer/token")
					.userInfoUri(wiremock.baseUrl() + "/issuer/userinfo")
					.issuerUri(this.issuer.issuer())
					.jwkSetUri(this.issuer.issuer() + "/jwks")
					.useUniqueUserId(false)
					.build(),
				TestHttp.client(), this.clock);
		stubUserInfo("248289761001");
		stubToken(this.issuer.sign(this.issuer.claims("google-client", now()).build()));
		Map<String, Object> response = google.fetchUserData(request(null));
		assertThat(google.usesUniqueUserId()).isFalse();
		assertThat(google.userId(google.userDetails(response), response)).isEqualTo("jane.doe@example.com");
	}

	@Test
	void linkedInWhenCodeThenPostCredentialsAndStateNonceNeedNotBeEchoed() throws Exception {
		OAuth2Provider linkedIn = new OAuth2Provider(LinkedInProvider.definition(),
				ProviderRegistration.withName("linkedin-openidconnect")
					.clientId("li-client")
					.clientSecret("li-secret")
					.issuerUri(this.issuer.issuer())
					.build(),
				TestHttp.client(), this.clock);
		assertThat(linkedIn.usesNonce()).isTrue();
		stubToken(this.issuer.sign(this.issuer.claims("li-client", now()).build()));
		stubUserInfo("248289761001");
		Map<String, Object> response = linkedIn.fetchUserData(request("nonce-1"));
		assertThat(linkedIn.userId(linkedIn.userDetails(response), response)).isEqualTo("248289761001");
		wiremock.verify(postRequestedFor(urlPathEqualTo("/issuer/token")).withFormParam("client_secret",
				equalTo("li-secret")).withoutHeader("Authorization"));
	}

	@Test
	void oidcFamilyWhenClaimsThenEachProvidersUidAndUsername() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("family-client", now()).claim("nickname", "jd").build()));
		this.issuer.serveUserInfo("{\"sub\":\"248289761001\","
				+ "\"preferred_username\":\"janedoe\",\"username\":\"jane-pool\",\"email\":\"jane.doe@example.com\"}");
		Map<String, String> expected = Map.of(OktaProvider.NAME, "janedoe/janedoe", Auth0Provider.NAME,
				"248289761001/jd", CognitoProvider.NAME, "jane-pool/jane-pool", "twitch", "248289761001/janedoe", "keycloak",
				"janedoe/janedoe");
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			OAuth2ProviderDefinition definition = BuiltInProviders.oauth2().get(entry.getKey());
			OAuth2Provider provider = new OAuth2Provider(definition, ProviderRegistration.withName(entry.getKey())
				.clientId("family-client")
				.clientSecret("s")
				.issuerUri(this.issuer.issuer())
				.build(), TestHttp.client(), this.clock);
			Map<String, Object> response = provider.fetchUserData(request(null));
			var details = provider.userDetails(response);
			assertThat(provider.userId(details, response) + "/" + details.username()).as(entry.getKey())
				.isEqualTo(entry.getValue());
			assertThat(details.emailVerified()).as(entry.getKey()).isTrue();
		}
	}

	@Test
	void azureAdWhenTokenOfAnyTenantThenIssuerMatchedWithItsOwnTid() throws Exception {
		OAuth2Provider azure = new OAuth2Provider(AzureAdProvider.definition(),
				ProviderRegistration.withName("azuread-oauth2")
					.clientId("azure-client")
					.clientSecret("s")
					.tokenUri(wiremock.baseUrl() + "/issuer/token")
					.issuerUri(wiremock.baseUrl() + "/sts/{tenantid}/")
					.jwkSetUri(this.issuer.issuer() + "/jwks")
					.build(),
				TestHttp.client(), this.clock);
		String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
		String oid = "00000000-0000-0000-66f3-3332eca7ea81";
		stubToken(this.issuer.sign(this.issuer.claims("azure-client", now())
			.issuer(wiremock.baseUrl() + "/sts/" + tenant + "/")
			.claim("tid", tenant)
			.claim("oid", oid)
			.claim("upn", "jane@contoso.com")
			.build()));
		Map<String, Object> response = azure.fetchUserData(request(null));
		assertThat(azure.userId(azure.userDetails(response), response)).isEqualTo(oid + "." + tenant);
		// Azure AD's email is whatever an administrator typed: verified only with xms_edov.
		assertThat(azure.userDetails(response).emailVerified()).isFalse();

		// A token whose issuer names another tenant than its tid does not pass.
		stubToken(this.issuer.sign(this.issuer.claims("azure-client", now())
			.issuer(wiremock.baseUrl() + "/sts/" + tenant + "/")
			.claim("tid", "another-tenant")
			.claim("upn", "eve@evil.example")
			.build()));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> azure.fetchUserData(request(null)))
			.withMessageContaining("another issuer");
	}

	@Test
	void azureAdWhenUniqueUserIdTurnedOffThenUpnAndEmailVerifiedOnlyByXmsEdov() throws Exception {
		OAuth2Provider azure = new OAuth2Provider(AzureAdProvider.definition(),
				ProviderRegistration.withName("azuread-oauth2")
					.clientId("azure-client")
					.clientSecret("s")
					.tokenUri(wiremock.baseUrl() + "/issuer/token")
					.issuerUri(wiremock.baseUrl() + "/sts/{tenantid}/")
					.jwkSetUri(this.issuer.issuer() + "/jwks")
					.useUniqueUserId(false)
					.build(),
				TestHttp.client(), this.clock);
		String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
		stubToken(this.issuer.sign(this.issuer.claims("azure-client", now())
			.issuer(wiremock.baseUrl() + "/sts/" + tenant + "/")
			.claim("tid", tenant)
			.claim("oid", "00000000-0000-0000-66f3-3332eca7ea81")
			.claim("upn", "jane@contoso.com")
			.claim("xms_edov", true)
			.build()));
		Map<String, Object> response = azure.fetchUserData(request(null));
		assertThat(azure.userId(azure.userDetails(response), response)).isEqualTo("jane@contoso.com");
		assertThat(azure.userDetails(response).emailVerified()).isTrue();
	}

	@Test
	void oidcWhenEmailVerifiedFalseThenEmailKeptButNotVerified() throws Exception {
		stubToken(this.issuer.sign(this.issuer.claims("oidc-client", now()).claim("email_verified", false).build()));
		this.issuer.serveUserInfo("{\"sub\":\"248289761001\","
				+ "\"email\":\"jane.doe@example.com\",\"email_verified\":false}");
		OAuth2Provider provider = provider();
		Map<String, Object> response = provider.fetchUserData(request(null));
		assertThat(provider.userDetails(response).email()).isEqualTo("jane.doe@example.com");
		assertThat(provider.userDetails(response).emailVerified()).isFalse();
		assertThat(provider.userDetails(response).verifiedEmail()).isEmpty();
	}

	@Test
	void oidcWhenNoIssuerUriThenStartupFailsNamingIt() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new OAuth2Provider(OidcProvider.definition(),
					ProviderRegistration.withName("oidc").clientId("c").build(), TestHttp.client()))
			.withMessageContaining("needs an issuer URI")
			.withMessageNotContaining("rest.social");
	}

	private void assertRefused(String reason) {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider().fetchUserData(request(null)))
			.withMessageContaining(reason);
	}

	private OAuth2Provider provider() {
		return new OAuth2Provider(OidcProvider.definition(), ProviderRegistration.withName("oidc")
			.clientId("oidc-client")
			.clientSecret("oidc-secret")
			.issuerUri(this.issuer.issuer())
			.audiences(List.of("ios-client"))
			.build(), TestHttp.client(), this.clock);
	}

	private static LoginRequest request(String nonce) {
		return LoginRequest.builder("oidc").code("code-1").redirectUri("https://app.example/cb").nonce(nonce).build();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static void stubToken(String idToken) {
		wiremock.stubFor(post("/issuer/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}")));
	}

	private void stubUserInfo(String sub) {
		this.issuer.serveUserInfo("{\"sub\":\"" + sub
				+ "\",\"name\":\"Jane Doe\",\"email\":\"jane.doe@example.com\",\"preferred_username\":\"janedoe\"}");
	}

}
