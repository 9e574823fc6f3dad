package io.restsocial.boot.observation;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OAuth 1.0a's two steps, by a native app against a fake Twitter (which gives the email, as with
 * {@code include_email=true}): step one is observed as {@code first_step} and logs no one in;
 * step two is a login of its own, with its event.
 */
@Import(LoginObservationTests.Observed.class)
class OAuth1LoginObservationTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/twitter/";

	@RegisterExtension
	static WireMockExtension twitter = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.twitter.client-id", () -> "consumer-key");
		registry.add("rest.social.providers.twitter.client-secret", () -> "consumer-secret");
		registry.add("rest.social.providers.twitter.request-token-uri",
				() -> twitter.baseUrl() + "/oauth/request_token");
		registry.add("rest.social.providers.twitter.access-token-uri", () -> twitter.baseUrl() + "/oauth/access_token");
		registry.add("rest.social.providers.twitter.user-info-uri",
				() -> twitter.baseUrl() + "/1.1/account/verify_credentials.json?include_email=true");
	}

	@BeforeEach
	void forget() {
		LoginObservationTests.Observed.stopped.clear();
		LoginObservationTests.Observed.events.clear();
	}

	@Test
	void loginWhenBothStepsThenFirstStepThenSuccessOfTwitter() throws Exception {
		twitter.stubFor(WireMock.post("/oauth/request_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0"
					+ "&oauth_token_secret=veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI&oauth_callback_confirmed=true")));
		this.mvc.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"redirect_uri\":\"https://app.example/callback\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.oauth_token").value("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0"));
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
				KeyValue.of("provider", "twitter"), KeyValue.of("kind", "token"), KeyValue.of("outcome", "first_step"));
		assertThat(LoginObservationTests.Observed.events).isEmpty();
		LoginObservationTests.Observed.stopped.clear();

		twitter.stubFor(WireMock.post("/oauth/access_token")
			.withHeader("Authorization", containing("oauth_verifier=\"uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY\""))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/html; charset=utf-8")
				.withBody("oauth_token=7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4"
						+ "&oauth_token_secret=PbKfYqSryyeKDWz4ebtY3o5ogNLG11WJuZBc9fQrQo"
						+ "&user_id=7588892&screen_name=kurrik")));
		twitter.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json"))
			.willReturn(okJson("{\"id\":7588892,\"id_str\":\"7588892\",\"name\":\"Arne Roomann-Kurrik\","
					+ "\"screen_name\":\"kurrik\",\"email\":\"kurrik@example.com\"}")));
		this.mvc.perform(post(LOGIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"oauth_token\":\"NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0\","
					+ "\"oauth_verifier\":\"uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("kurrik"));
		twitter.verify(postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
				KeyValue.of("provider", "twitter"), KeyValue.of("kind", "token"), KeyValue.of("outcome", "success"));
		assertThat(LoginObservationTests.Observed.stopped.stream()
			.filter(ClientRequestObservationContext.class::isInstance)
			.toList()).hasSize(2)
			.allSatisfy((call) -> assertThat(call.getLowCardinalityKeyValue("provider").getValue())
				.isEqualTo("twitter"));
		assertThat(LoginObservationTests.Observed.events).singleElement()
			.isInstanceOfSatisfying(AuthenticationSuccessEvent.class,
					(event) -> assertThat(event.getAuthentication().getName()).isEqualTo("kurrik"));
	}

	private Observation.Context login() {
		List<Observation.Context> logins = LoginObservationTests.Observed.stopped.stream()
			.filter(SocialLoginObservationContext.class::isInstance)
			.toList();
		assertThat(logins).hasSize(1);
		return logins.get(0);
	}

}
