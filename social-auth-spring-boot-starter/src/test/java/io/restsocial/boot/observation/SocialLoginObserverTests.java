package io.restsocial.boot.observation;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the observer adds to a login: nothing with a no-op registry and no event publisher; else
 * one observation, named by the convention, and events for refusals but not for pauses.
 */
class SocialLoginObserverTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/login/social/token/");

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@Test
	void observeWhenRegistryNoopAndNoPublisherThenNothingIsKeptForTheLogin() throws Exception {
		SocialLoginObserver observer = new SocialLoginObserver(ObservationRegistry.NOOP, null);
		String answer = observer.observe("token", this.request, () -> {
			// No state of the login anywhere: neither a context nor a request attribute.
			assertThat(Collections.list(this.request.getAttributeNames())).isEmpty();
			return "answered";
		});
		assertThat(answer).isEqualTo("answered");
		assertThat(SocialLoginObserver.noop().observe("token", this.request, () -> "too")).isEqualTo("too");
		assertThat(Collections.list(this.request.getAttributeNames())).isEmpty();
	}

	@Test
	void observeWhenRegistryNoopWithPublisherThenEventsButNoObservation() throws Exception {
		ObservationRegistry registry = ObservationRegistry.NOOP;
		SocialLoginObserver observer = new SocialLoginObserver(registry, publisher());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> observer.observe("token",
				this.request, () -> {
					assertThat(registry.getCurrentObservation()).isNull();
					throw new IllegalStateException("a bug, with a secret: s3cret");
				}));
		assertThat(this.events).singleElement().isInstanceOfSatisfying(AuthenticationServiceException.class,
				(refusal) -> assertThat(refusal.getMessage()).isEqualTo("Social login failed: IllegalStateException"));
		assertThat(Collections.list(this.request.getAttributeNames())).isEmpty();
	}

	@Test
	void observeWhenFailureIsNotRestSocialAuthsThenOutcomeError() {
		SocialLoginObserver observer = new SocialLoginObserver(registry(), null);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> observer.observe("jwt-pair", this.request, () -> {
					throw new IllegalStateException("boom");
				}));
		assertThat(this.stopped).singleElement()
			.satisfies((login) -> assertThat(login.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
					KeyValue.of("provider", "unknown"), KeyValue.of("kind", "jwt-pair"),
					KeyValue.of("outcome", "error")));
	}

	@Test
	void observeWhenLoginPausedThenOutcomeLoginPausedAndNoEvent() {
		SocialLoginObserver observer = new SocialLoginObserver(registry(), publisher());
		assertThatExceptionOfType(LoginPausedException.class).isThrownBy(() -> observer.observe("session",
				this.request, () -> {
					throw new LoginPausedException("An email is needed", List.of("email"), "partial");
				}));
		assertThat(this.stopped).singleElement()
			.satisfies((login) -> assertThat(login.getLowCardinalityKeyValue("outcome").getValue())
				.isEqualTo("login_paused"));
		assertThat(this.events).isEmpty();
	}

	@Test
	void observeWhenConventionSetThenObservationNamedByIt() throws Exception {
		SocialLoginObserver observer = new SocialLoginObserver(registry(), null);
		observer.setObservationConvention(new DefaultSocialLoginObservationConvention() {

			@Override
			public String getName() {
				return "app.login";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(SocialLoginObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
			}

		});
		observer.observe("opaque", this.request, () -> {
			observer.user(this.request, new SocialUser(7L, "ada", "ada@example.com", "Ada", "Lovelace"));
			return "answered";
		});
		assertThat(this.stopped).singleElement().satisfies((login) -> {
			assertThat(login.getName()).isEqualTo("app.login");
			assertThat(login.getLowCardinalityKeyValue("tenant").getValue()).isEqualTo("acme");
			assertThat(login.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
		});
	}

	private ObservationRegistry registry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new OnStop(SocialLoginObserverTests.this.stopped::add));
		return registry;
	}

	private AuthenticationEventPublisher publisher() {
		return new AuthenticationEventPublisher() {

			@Override
			public void publishAuthenticationSuccess(Authentication authentication) {
				SocialLoginObserverTests.this.events.add(authentication);
			}

			@Override
			public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
				SocialLoginObserverTests.this.events.add(exception);
			}

		};
	}

}
