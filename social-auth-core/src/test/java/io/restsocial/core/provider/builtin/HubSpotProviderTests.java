package io.restsocial.core.provider.builtin;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HubSpot's token travels in the path of its metadata URL, which the messages of a failed call
 * name; it must not reach them.
 */
class HubSpotProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final String TOKEN = "CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4";

	@Test
	void fetchUserDataWhenMetadataCallFailsThenMessagesLeaveTheTokenOut() {
		wiremock.stubFor(post("/token").willReturn(
				okJson("{\"token_type\":\"bearer\",\"access_token\":\"" + TOKEN + "\",\"expires_in\":1800}")));
		wiremock.stubFor(get("/user/" + TOKEN)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		OAuth2Provider provider = new OAuth2Provider(HubSpotProvider.definition(),
				ProviderRegistration.withName(HubSpotProvider.NAME)
					.clientId("client-1")
					.clientSecret("secret-1")
					.tokenUri(wiremock.baseUrl() + "/token")
					.userInfoUri(wiremock.baseUrl() + "/user")
					.build(),
				TestHttp.client());

		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> provider
				.fetchUserData(LoginRequest.ofCode(provider.name(), "code-1", "https://app.example/cb")))
			.satisfies((ex) -> {
				assertThat(ex.getProviderMessage())
					.contains(wiremock.baseUrl() + "/user/[token]")
					.doesNotContain(TOKEN);
				assertThat(ex.getMessage()).doesNotContain(TOKEN);
			});
	}

}
