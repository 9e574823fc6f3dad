package io.restsocial.boot.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.MutableClock;
import io.restsocial.core.oidc.OidcTestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A native app's login with an ID token instead of a code, against an OpenID provider configured
 * by {@code issuer-uri}: one login observation of the provider, whose calls (discovery, keys) are
 * tagged with it.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.providers.oidc.client-id=web-client",
				"rest.social.providers.oidc.client-secret=web-secret",
				"rest.social.providers.oidc.audiences=ios-client" })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, NativeLoginObservationTests.Observed.class })
class NativeLoginObservationTests {

	@RegisterExtension
	static WireMockExtension wiremock = GitHubStubs.server();

	static OidcTestIssuer issuer;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		issuer = new OidcTestIssuer(wiremock, "key-1");
		registry.add("rest.social.providers.oidc.issuer-uri", () -> issuer.issuer());
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void setUp() {
		GitHubStubs.deleteAll(this.jdbc);
		issuer.serve();
		issuer.serveUserInfo();
		Observed.stopped.clear();
	}

	@Test
	void loginWhenNativeIdTokenThenObservedAsSuccessOfTheProvider() throws Exception {
		String idToken = issuer.sign(issuer.claims("ios-client", this.clock.instant()).build());
		this.mvc.perform(post("/api/login/social/jwt-sliding/oidc/").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id_token\":\"" + idToken + "\"}")).andExpect(status().isOk());
		List<Observation.Context> logins = Observed.stopped.stream()
			.filter(SocialLoginObservationContext.class::isInstance)
			.toList();
		assertThat(logins).singleElement()
			.satisfies((login) -> assertThat(login.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
					KeyValue.of("provider", "oidc"), KeyValue.of("kind", "jwt-sliding"),
					KeyValue.of("outcome", "success")));
		assertThat(Observed.stopped.stream().filter(ClientRequestObservationContext.class::isInstance).toList())
			.isNotEmpty()
			.allSatisfy((call) -> assertThat(call.getLowCardinalityKeyValue("provider").getValue()).isEqualTo("oidc"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Observed {

		static final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

		@Bean
		TestObservationRegistry testObservationRegistry() {
			TestObservationRegistry registry = TestObservationRegistry.create();
			registry.observationConfig().observationHandler(new OnStop(stopped::add));
			return registry;
		}

	}

}
