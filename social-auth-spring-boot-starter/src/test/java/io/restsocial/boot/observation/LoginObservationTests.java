package io.restsocial.boot.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.restsocial.boot.security.SocialAuthenticationToken;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.PipelineSettings;
import io.restsocial.core.pipeline.RequireEmailStep;
import io.restsocial.core.pipeline.SocialDetailsStep;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each login over HTTP, against the fake GitHub, is one {@code rest.social.login} observation
 * with bounded key values, its provider calls are {@code http.client.requests} tagged with the
 * provider, and Spring Security's authentication events tell a login from a refusal.
 */
@Import(LoginObservationTests.Observed.class)
class LoginObservationTests extends LoginTestSupport {

	@Autowired
	private TestObservationRegistry observations;

	@BeforeEach
	void forget() {
		this.observations.clear();
		Observed.stopped.clear();
		Observed.events.clear();
	}

	@Test
	void loginWhenProviderAcceptsCodeThenObservedAsSuccessOfItsProviderAndKind() throws Exception {
		github.user("code-ok", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		loggedIn("/api/login/social/token_user/github/", "code-ok");
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(KeyValue.of("provider", "github"),
				KeyValue.of("kind", "token"), KeyValue.of("outcome", "success"));
		assertThat(login().getError()).isNull();
	}

	@Test
	void loginWhenProviderCalledThenClientRequestsTaggedWithProviderAndChildrenOfTheLogin() throws Exception {
		github.user("code-calls", 583232, "hubot", "hubot@github.com", "Hubot");
		loggedIn("/api/login/social/jwt-pair/github/", "code-calls");
		List<Observation.Context> calls = contexts(ClientRequestObservationContext.class);
		// The token request, the user request, and the emails request (the token's scope has user:email).
		assertThat(calls).hasSize(3).allSatisfy((call) -> {
			assertThat(call.getName()).isEqualTo("http.client.requests");
			assertThat(call.getLowCardinalityKeyValue("provider")).isEqualTo(KeyValue.of("provider", "github"));
			assertThat(call.getParentObservation().getContextView()).isSameAs(login());
		});
		assertThat(login().getLowCardinalityKeyValue("kind").getValue()).isEqualTo("jwt-pair");
	}

	@Test
	void loginWhenProviderRefusesCodeThenObservedAsProviderRefusedAndBadCredentialsEvent() throws Exception {
		// GitHub's answer to a used or wrong code: 200, with an error.
		github.stubFor(post(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code", equalTo("code-used"))
			.willReturn(okJson("{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is "
					+ "incorrect or expired.\",\"error_uri\":\"https://docs.github.com/apps/troubleshooting\"}")));
		postCode("/api/login/social/token/github/", "code-used").andExpect(status().isBadRequest());
		github.verify(postRequestedFor(urlPathEqualTo(FakeGitHub.TOKEN_PATH)).withFormParam("code",
				equalTo("code-used")));
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(KeyValue.of("provider", "github"),
				KeyValue.of("kind", "token"), KeyValue.of("outcome", "provider_refused"));
		assertThat(contexts(ClientRequestObservationContext.class)).singleElement()
			.satisfies((call) -> assertThat(call.getLowCardinalityKeyValue("provider").getValue()).isEqualTo("github"));

		AbstractAuthenticationFailureEvent refused = (AbstractAuthenticationFailureEvent) Observed.events.stream()
			.filter(AbstractAuthenticationFailureEvent.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(refused).isInstanceOf(AuthenticationFailureBadCredentialsEvent.class);
		assertThat(refused.getAuthentication()).isInstanceOf(SocialLoginAttempt.class);
		assertThat(refused.getAuthentication().getName()).isEqualTo("github");
		assertThat(((SocialLoginAttempt) refused.getAuthentication()).getKind()).isEqualTo("token");
		assertThat(refused.getAuthentication().getCredentials()).isNull();
		assertThat(refused.getException().getMessage()).doesNotContain("code-used").doesNotContain("gh-secret");
		assertThat(refused.getException().getCause()).isNull();
		assertThat(Observed.events).noneMatch(AuthenticationSuccessEvent.class::isInstance);
	}

	@Test
	void loginWhenProviderIsNotConfiguredThenObservedAsUnknownWithoutEchoingTheName() throws Exception {
		postCode("/api/login/social/token/made-up-provider/", "code-x").andExpect(status().isNotFound());
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
				KeyValue.of("provider", "unknown"), KeyValue.of("kind", "token"),
				KeyValue.of("outcome", "unknown_provider"));
		assertThat(Observed.events).singleElement()
			.isInstanceOfSatisfying(AuthenticationFailureProviderNotFoundEvent.class,
					(event) -> assertThat(event.getAuthentication().getName()).isEqualTo("unknown"));
	}

	@Test
	void loginWhenMalformedBodyThenObservedAsInvalidRequest() throws Exception {
		this.mvc.perform(MockMvcRequestBuilders.post("/api/login/social/opaque/github/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":")).andExpect(status().isBadRequest());
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
				KeyValue.of("provider", "unknown"), KeyValue.of("kind", "opaque"),
				KeyValue.of("outcome", "invalid_request"));
	}

	@Test
	void loginWhenSuccessfulThenAuthenticationSuccessEventOfTheUser() throws Exception {
		github.user("code-event", 583233, "monalisa", "mona@github.com", "Mona");
		loggedIn("/api/login/social/token/github/", "code-event");
		assertThat(Observed.events).singleElement()
			.isInstanceOfSatisfying(AuthenticationSuccessEvent.class, (event) -> {
				assertThat(event.getAuthentication()).isInstanceOf(SocialAuthenticationToken.class);
				assertThat(event.getAuthentication().getName()).isEqualTo("monalisa");
				assertThat(event.getAuthentication().getCredentials()).isNull();
			});
	}

	@Test
	void completeWhenPausedLoginResumedThenObservedAsCompleteOfItsProvider() throws Exception {
		github.user("code-pause", 51, "private", "", "Pri Vate");
		github.stubFor(get("/user/emails").willReturn(okJson("[]")));
		String paused = postCode("/api/login/social/token_user/github/", "code-pause").andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(login().getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("login_paused");
		assertThat(Observed.events).isEmpty();
		Observed.stopped.clear();

		String token = this.json.readTree(paused).get("partial_token").asString();
		this.mvc.perform(MockMvcRequestBuilders.post("/api/login/social/complete/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partial_token\":\"" + token + "\",\"email\":\"private@example.com\"}"))
			.andExpect(status().isOk());
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(KeyValue.of("provider", "github"),
				KeyValue.of("kind", "complete"), KeyValue.of("outcome", "success"));
		assertThat(Observed.events).singleElement().isInstanceOf(AuthenticationSuccessEvent.class);
	}

	@Test
	void completeWhenTokenUnknownThenObservedAsInvalidRequestOfUnknownProvider() throws Exception {
		this.mvc.perform(MockMvcRequestBuilders.post("/api/login/social/complete/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partial_token\":\"no-such-token\",\"email\":\"a@example.com\"}"))
			.andExpect(status().isBadRequest());
		assertThat(login().getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
				KeyValue.of("provider", "unknown"), KeyValue.of("kind", "complete"),
				KeyValue.of("outcome", "invalid_request"));
		assertThat(Observed.events).singleElement().isInstanceOf(AuthenticationFailureBadCredentialsEvent.class);
	}

	// The one login observation of the test.
	private Observation.Context login() {
		List<Observation.Context> logins = contexts(SocialLoginObservationContext.class);
		assertThat(logins).hasSize(1);
		Observation.Context login = logins.get(0);
		assertThat(login.getName()).isEqualTo("rest.social.login");
		return login;
	}

	private List<Observation.Context> contexts(Class<?> type) {
		return Observed.stopped.stream().filter(type::isInstance).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Observed {

		static final List<AbstractAuthenticationEvent> events = new CopyOnWriteArrayList<>();

		static final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

		// Checks that each observation is started, scoped and stopped as Micrometer expects.
		@Bean
		TestObservationRegistry testObservationRegistry() {
			TestObservationRegistry registry = TestObservationRegistry.create();
			registry.observationConfig().observationHandler(new OnStop(stopped::add));
			return registry;
		}

		// A pipeline that pauses a login whose provider gives no email.
		@Bean
		Pipeline pipeline(UserService users, SocialAccountRepository accounts) {
			return Pipeline.builder(Pipeline.defaults(users, accounts, PipelineSettings.defaults()))
				.addAfter(SocialDetailsStep.class, new RequireEmailStep())
				.build();
		}

		@EventListener
		void on(AbstractAuthenticationEvent event) {
			events.add(event);
		}

	}

}
