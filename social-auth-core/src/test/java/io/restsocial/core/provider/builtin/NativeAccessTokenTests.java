package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Native apps' access-token logins: accepted only when opted in and when the provider confirms
 * the token was issued to this app (Facebook's debug_token, Google's tokeninfo).
 */
class NativeAccessTokenTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	@Test
	void facebookWhenDebugTokenConfirmsTheAppThenUserLoaded() {
		stubFacebookMe();
		wiremock.stubFor(get(urlPathEqualTo("/debug_token")).willReturn(okJson(
				"{\"data\":{\"app_id\":\"fb-app\",\"type\":\"USER\",\"application\":\"Demo\",\"is_valid\":true,"
						+ "\"user_id\":\"10158000000000001\",\"scopes\":[\"email\",\"public_profile\"]}}")));
		OAuth2Provider facebook = facebook(true);
		Map<String, Object> response = facebook.fetchUserData(login("EAAnative"));
		assertThat(facebook.userId(facebook.userDetails(response), response)).isEqualTo("10158000000000001");
		wiremock.verify(getRequestedFor(urlPathEqualTo("/debug_token")).withQueryParam("input_token", equalTo("EAAnative"))
			.withQueryParam("access_token", equalTo("fb-app|fb-secret")));
	}

	@Test
	void facebookWhenTokenOfAnotherAppOrInvalidThenRefused() {
		wiremock.stubFor(get(urlPathEqualTo("/debug_token"))
			.willReturn(okJson("{\"data\":{\"app_id\":\"someone-elses-app\",\"is_valid\":true}}")));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> facebook(true).fetchUserData(login("EAAforeign")))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("access_token"));
		wiremock.stubFor(get(urlPathEqualTo("/debug_token"))
			.willReturn(okJson("{\"data\":{\"app_id\":\"fb-app\",\"is_valid\":false}}")));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> facebook(true).fetchUserData(login("EAAexpired")));
		wiremock.verify(0, getRequestedFor(urlPathEqualTo("/me")));
	}

	@Test
	void accessTokenWhenNotOptedInThenRefusedWithoutProviderCall() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> facebook(false).fetchUserData(login("EAAnative")))
			.withMessageContaining("allow-access-token");
		wiremock.verify(0, getRequestedFor(urlPathEqualTo("/debug_token")));
	}

	@Test
	void googleWhenTokenInfoAudienceIsOneOfOursThenUserLoadedElseRefused() {
		wiremock.stubFor(get("/userinfo").willReturn(okJson("{\"sub\":\"1101\",\"email\":\"jane@example.com\"}")));
		wiremock.stubFor(get(urlPathEqualTo("/tokeninfo")).withQueryParam("access_token", equalTo("ya29.ios"))
			.willReturn(okJson("{\"azp\":\"ios-client\",\"aud\":\"ios-client\",\"scope\":\"openid email\","
					+ "\"exp\":\"1780318800\",\"expires_in\":\"3599\",\"email\":\"jane@example.com\"}")));
		wiremock.stubFor(get(urlPathEqualTo("/tokeninfo")).withQueryParam("access_token", equalTo("ya29.other"))
			.willReturn(okJson("{\"aud\":\"another-client\",\"expires_in\":\"3599\"}")));
		wiremock.stubFor(get(urlPathEqualTo("/tokeninfo")).withQueryParam("access_token", equalTo("ya29.bad"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_token\",\"error_description\":\"Invalid Value\"}")));
		OAuth2Provider google = google();
		Map<String, Object> response = google.fetchUserData(login("ya29.ios"));
		assertThat(google.userId(google.userDetails(response), response)).isEqualTo("1101");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> google.fetchUserData(login("ya29.other")))
			.withMessageContaining("another app");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> google.fetchUserData(login("ya29.bad")));
	}

	@Test
	void accessTokenWhenProviderHasNoVerifierThenRefused() {
		OAuth2ProviderDefinition github = GitHubProvider.definition();
		OAuth2Provider provider = new OAuth2Provider(github, ProviderRegistration.withName("github")
			.clientId("c")
			.allowAccessToken(true)
			.build(), TestHttp.client());
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> provider.fetchUserData(login("gho_x")))
			.withMessageContaining("takes no 'access_token' logins");
	}

	private static OAuth2Provider facebook(boolean allow) {
		return new OAuth2Provider(FacebookProvider.definition(), ProviderRegistration.withName("facebook")
			.clientId("fb-app")
			.clientSecret("fb-secret")
			.userInfoUri(wiremock.baseUrl() + "/me")
			.allowAccessToken(allow)
			.settings(Map.of("debug-token-uri", wiremock.baseUrl() + "/debug_token"))
			.build(), TestHttp.client());
	}

	private static OAuth2Provider google() {
		return new OAuth2Provider(GoogleProvider.definition(), ProviderRegistration.withName("google-oauth2")
			.clientId("web-client")
			.clientSecret("s")
			.userInfoUri(wiremock.baseUrl() + "/userinfo")
			.audiences(List.of("ios-client"))
			.allowAccessToken(true)
			.settings(Map.of("token-info-uri", wiremock.baseUrl() + "/tokeninfo"))
			.build(), TestHttp.client());
	}

	private static void stubFacebookMe() {
		wiremock.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson(
				"{\"id\":\"10158000000000001\",\"name\":\"Jane Doe\",\"email\":\"jane@example.com\"}")));
	}

	private static LoginRequest login(String accessToken) {
		return LoginRequest.builder("p").accessToken(accessToken).build();
	}

}
