package io.restsocial.core.oauth2;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderTimeoutException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.builtin.WeixinProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OAuth2ProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final String TOKEN = "{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"expires_in\":3600}";

	private static final String USER = "{\"id\":42,\"login\":\"jdoe\"}";

	@Test
	void exchangeWhenClientSecretBasicThenFormEncodedCredentialsInHeaderOnly() {
		stubOk();
		provider(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, "id:1", "s&cret").exchange("c", "https://a/cb", null);
		String basic = Base64.getEncoder().encodeToString("id%3A1:s%26cret".getBytes(StandardCharsets.UTF_8));
		wiremock.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Authorization", equalTo("Basic " + basic))
			.withFormParam("client_id", equalTo("id:1"))
			.withFormParam("client_secret", absent()));
	}

	@Test
	void exchangeWhenBasicAndPostThenBoth() {
		stubOk();
		provider(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, "id", "secret", TestHttp.client(), wiremock.baseUrl(),
				(definition) -> definition.tokenRequest(TokenRequests.clientCredentialsInBody()))
			.exchange("c", null, null);
		wiremock.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Authorization", equalTo("Basic aWQ6c2VjcmV0"))
			.withFormParam("client_secret", equalTo("secret"))
			.withFormParam("redirect_uri", absent()));
	}

	@Test
	void exchangeWhenCodeVerifierThenSentToTokenEndpoint() {
		stubOk();
		String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
		provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "secret")
			.fetchUserData(LoginRequest.builder("p").code("c").redirectUri("https://a/cb").codeVerifier(verifier).build());
		wiremock.verify(postRequestedFor(urlPathEqualTo("/token")).withFormParam("code_verifier", equalTo(verifier)));
	}

	@Test
	void authenticateWhenCodeVerifierMalformedThenInvalidRequestAndNoCall() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s")
				.fetchUserData(LoginRequest.builder("p").code("c").codeVerifier("too-short").build()))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("code_verifier"));
		wiremock.verify(0, postRequestedFor(urlPathEqualTo("/token")));
	}

	@Test
	void authenticateWhenCodeBlankThenInvalidRequestNamingCode() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s")
				.fetchUserData(LoginRequest.ofCode("p", "  ", null)))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("code"));
	}

	@Test
	void exchangeWhenExpiresInBeyondAnyInstantThenStillParsed() {
		// A provider's (or a man in the middle's) expires_in near Long.MAX_VALUE overflowed the
		// token's expiry: a 500 rather than a login.
		wiremock.stubFor(post("/token").willReturn(okJson(
				"{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"expires_in\":9223372036854775807}")));
		assertThat(provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s").exchange("c", null, null))
			.containsEntry("access_token", "at-1")
			.containsEntry("expires_in", 9223372036854775807L);
	}

	@Test
	void exchangeWhenFormEncodedTokenResponseThenParsed() {
		wiremock.stubFor(post("/token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/x-www-form-urlencoded")
			.withBody("access_token=at%2B1&token_type=bearer")));
		assertThat(provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s").exchange("c", null, null))
			.containsEntry("access_token", "at+1");
	}

	@Test
	void exchangeWhen400ThenProviderExceptionWithProviderMessage() {
		wiremock.stubFor(post("/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}")));
		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s").exchange("c", null, null))
			.isNotInstanceOf(ProviderUnavailableException.class)
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo("invalid_grant: Bad Request"));
	}

	@Test
	void exchangeWhenErrorIn200ThenProviderException() {
		wiremock.stubFor(post("/token").willReturn(okJson("{\"error\":\"bad_verification_code\","
				+ "\"error_description\":\"The code passed is incorrect or expired.\"}")));
		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s").exchange("c", null, null))
			.isNotInstanceOf(ProviderUnavailableException.class);
	}

	@Test
	void exchangeWhenNonZeroErrcodeIn200ThenProviderExceptionWithErrmsg() {
		wiremock.stubFor(post("/token").willReturn(okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> weChatErrors().exchange("c", null, null))
			.isNotInstanceOf(ProviderUnavailableException.class)
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo("invalid code"));
		wiremock.stubFor(post("/token").willReturn(okJson("{\"errcode\":0,\"access_token\":\"ok\"}")));
		assertThat(weChatErrors().exchange("c", null, null))
			.containsEntry("access_token", "ok");
	}

	@Test
	void exchangeWhen503ThenUnavailable() {
		wiremock.stubFor(post("/token").willReturn(aResponse().withStatus(503).withBody("<html>down</html>")));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s").exchange("c", null, null))
			.isNotInstanceOf(ProviderTimeoutException.class);
	}

	@Test
	void exchangeWhenSlowerThanReadTimeoutThenTimeout() {
		wiremock.stubFor(post("/token").willReturn(okJson(TOKEN).withFixedDelay(2000)));
		OAuth2Provider provider = provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s",
				TestHttp.client(Duration.ofMillis(300)), wiremock.baseUrl());
		assertThatExceptionOfType(ProviderTimeoutException.class).isThrownBy(() -> provider.exchange("c", null, null));
	}

	@Test
	void exchangeWhenNothingListensThenUnavailable() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		OAuth2Provider provider = provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s", TestHttp.client(),
				"http://127.0.0.1:" + port);
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> provider.exchange("c", null, null))
			.isNotInstanceOf(ProviderTimeoutException.class)
			.withMessageNotContaining("code=");
	}

	@Test
	void authenticateWhenTokenResponseLacksAccessTokenThenUnavailable() {
		wiremock.stubFor(post("/token").willReturn(okJson("{\"token_type\":\"bearer\"}")));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s")
				.fetchUserData(LoginRequest.ofCode("p", "c", null)));
	}

	@Test
	void authenticateWhenUserInfoRefusesTokenThenProviderException() {
		wiremock.stubFor(post("/token").willReturn(okJson(TOKEN)));
		wiremock.stubFor(get("/user").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Bad credentials\"}")));
		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s")
				.fetchUserData(LoginRequest.ofCode("p", "c", null)))
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo("Bad credentials"));
	}

	@Test
	void authenticateWhenOkThenTokenResponseMergedWithUserData() {
		stubOk();
		OAuth2Provider provider = provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s");
		var response = provider.fetchUserData(LoginRequest.ofCode("p", "c", null));
		assertThat(response).containsEntry("access_token", "at-1").containsEntry("login", "jdoe");
		assertThat(provider.userId(provider.userDetails(response), response)).isEqualTo("42");
		assertThat(provider.extraData(response)).containsEntry("expires", 3600).containsEntry("token_type", "bearer");
	}

	private static void stubOk() {
		wiremock.stubFor(post("/token").willReturn(okJson(TOKEN)));
		wiremock.stubFor(get("/user").willReturn(okJson(USER)));
	}

	private static OAuth2Provider provider(ClientAuthenticationMethod method, String id, String secret) {
		return provider(method, id, secret, TestHttp.client(), wiremock.baseUrl());
	}

	private static OAuth2Provider weChatErrors() {
		return provider(ClientAuthenticationMethod.CLIENT_SECRET_POST, "id", "s", TestHttp.client(), wiremock.baseUrl(),
				(definition) -> definition.errors(WeixinProvider.ERRORS));
	}

	private static OAuth2Provider provider(ClientAuthenticationMethod method, String id, String secret,
			ProviderHttpClient http, String base) {
		return provider(method, id, secret, http, base, (definition) -> {
		});
	}

	private static OAuth2Provider provider(ClientAuthenticationMethod method, String id, String secret,
			ProviderHttpClient http, String base, Consumer<OAuth2ProviderDefinition.Builder> quirks) {
		OAuth2ProviderDefinition.Builder builder = OAuth2ProviderDefinition.withName("p")
			.authorizationUri("https://never.example/authorize")
			.tokenUri("https://never.example/token")
			.clientAuthenticationMethod(method)
			.detailsMapper((response) -> SocialDetails.of(String.valueOf(response.get("login")), null, null, null, null));
		quirks.accept(builder);
		OAuth2ProviderDefinition definition = builder.build();
		return new OAuth2Provider(definition, ProviderRegistration.withName("p")
			.clientId(id)
			.clientSecret(secret)
			.tokenUri(base + "/token")
			.userInfoUri(base + "/user")
			.build(), http);
	}

}
