package io.restsocial.core.provider.builtin;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.TestHttp;
import io.restsocial.core.login.LoginRequest;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each built-in provider, as data: the provider's real payload shapes, what the user must come
 * out as, and what the provider's endpoints must have received.
 */
class BuiltInProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	record ProviderCase(String name, OAuth2ProviderDefinition definition, Consumer<WireMockExtension> stubs,
			String expectedUid, SocialDetails expectedDetails, Consumer<WireMockExtension> received) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> providers() {
		return Stream.of(github(), githubWithoutPublicEmail(), facebook(), google()).map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("providers")
	void authenticateWhenProviderAnswersThenUserAndRequestsAsProviderExpects(ProviderCase test) {
		test.stubs().accept(wiremock);
		OAuth2Provider provider = new OAuth2Provider(test.definition(),
				ProviderRegistration.withName(test.definition().getName())
					.clientId("client-1")
					.clientSecret("secret-1")
					.tokenUri(wiremock.baseUrl() + "/token")
					.userInfoUri(wiremock.baseUrl() + "/user")
					.build(),
				TestHttp.client());

		Map<String, Object> response = provider
			.authenticate(LoginRequest.ofCode(provider.name(), "code-1", "https://app.example/cb"));
		SocialDetails details = provider.userDetails(response);

		assertThat(details).isEqualTo(test.expectedDetails());
		assertThat(provider.userId(details, response)).isEqualTo(test.expectedUid());
		assertThat(provider.extraData(response)).containsKeys("access_token", "auth_time");
		test.received().accept(wiremock);
	}

	static ProviderCase github() {
		return new ProviderCase("github", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson(
					"{\"access_token\":\"gho_16C7e42F292c6912E7710c838347Ae178B4a\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"login\":\"octocat\",\"id\":583231,\"node_id\":\"MDQ6VXNlcjE=\","
					+ "\"avatar_url\":\"https://github.com/images/error/octocat_happy.gif\",\"type\":\"User\","
					+ "\"site_admin\":false,\"name\":\"Mona Lisa Octocat\",\"company\":\"GitHub\","
					+ "\"email\":\"octocat@github.com\",\"bio\":null,\"public_repos\":8}")));
		}, "583231", new SocialDetails("octocat", "octocat@github.com", "Mona Lisa Octocat", "Mona", "Lisa Octocat"),
				(wm) -> {
					wm.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Accept", containing("application/json"))
						.withFormParam("code", equalTo("code-1"))
						.withFormParam("client_id", equalTo("client-1"))
						.withFormParam("client_secret", equalTo("secret-1"))
						.withFormParam("redirect_uri", equalTo("https://app.example/cb"))
						.withFormParam("grant_type", equalTo("authorization_code")));
					wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
							equalTo("token gho_16C7e42F292c6912E7710c838347Ae178B4a")));
					wm.verify(0, getRequestedFor(urlPathEqualTo("/user/emails")));
				});
	}

	static ProviderCase githubWithoutPublicEmail() {
		return new ProviderCase("github-private-email", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"gho_x\",\"scope\":\"\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user")
				.willReturn(okJson("{\"login\":\"hubot\",\"id\":2,\"name\":null,\"email\":null,\"type\":\"User\"}")));
			wm.stubFor(get("/user/emails").willReturn(okJson(
					"[{\"email\":\"hubot@users.noreply.github.com\",\"verified\":true,\"primary\":false,\"visibility\":null},"
							+ "{\"email\":\"hubot@example.com\",\"verified\":true,\"primary\":true,\"visibility\":\"private\"}]")));
		}, "2", new SocialDetails("hubot", "hubot@example.com", "", "", ""), (wm) -> wm.verify(
				getRequestedFor(urlPathEqualTo("/user/emails")).withHeader("Authorization", equalTo("token gho_x"))));
	}

	static ProviderCase facebook() {
		String token = "EAAGm0PX4ZCpsBAtoken";
		return new ProviderCase("facebook", FacebookProvider.definition(), (wm) -> {
			wm.stubFor(get(urlPathEqualTo("/token")).willReturn(
					okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"id\":\"10158000000000001\",\"name\":\"Jane Doe\","
					+ "\"email\":\"jane@example.com\",\"first_name\":\"Jane\",\"last_name\":\"Doe\"}")));
		}, "10158000000000001", new SocialDetails("Jane Doe", "jane@example.com", "Jane Doe", "Jane", "Doe"), (wm) -> {
			wm.verify(getRequestedFor(urlPathEqualTo("/token")).withQueryParam("code", equalTo("code-1"))
				.withQueryParam("client_id", equalTo("client-1"))
				.withQueryParam("client_secret", equalTo("secret-1"))
				.withQueryParam("redirect_uri", equalTo("https://app.example/cb")));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("access_token", equalTo(token))
				.withQueryParam("fields", equalTo("id,name,email,first_name,last_name"))
				.withQueryParam("appsecret_proof", equalTo(FacebookProvider.appSecretProof("secret-1", token))));
		});
	}

	static ProviderCase google() {
		return new ProviderCase("google-oauth2", GoogleProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"ya29.a0AfH6SM\",\"expires_in\":3599,"
					+ "\"scope\":\"https://www.googleapis.com/auth/userinfo.email\",\"token_type\":\"Bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"sub\":\"110169484474386276334\",\"name\":\"Jane Doe\","
					+ "\"given_name\":\"Jane\",\"family_name\":\"Doe\",\"picture\":\"https://lh3.googleusercontent.com/a/x\","
					+ "\"email\":\"jane.doe@gmail.com\",\"email_verified\":true,\"locale\":\"en\"}")));
		}, "jane.doe@gmail.com", new SocialDetails("jane.doe", "jane.doe@gmail.com", "Jane Doe", "Jane", "Doe"), (wm) -> {
			wm.verify(postRequestedFor(urlPathEqualTo("/token")).withFormParam("client_secret", equalTo("secret-1")));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
					equalTo("Bearer ya29.a0AfH6SM")));
		});
	}

}
