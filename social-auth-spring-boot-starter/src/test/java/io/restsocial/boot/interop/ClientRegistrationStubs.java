package io.restsocial.boot.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.web.GitHubStubs;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Boot's {@code spring.security.oauth2.client} properties of the tests' registrations.
 */
final class ClientRegistrationStubs {

	private ClientRegistrationStubs() {
	}

	/**
	 * Register {@code github} with keys, and GitHub's endpoints at the stub.
	 * @param registry the test's property registry
	 * @param wiremock the GitHub stub
	 */
	static void github(DynamicPropertyRegistry registry, WireMockExtension wiremock) {
		registry.add("spring.security.oauth2.client.registration.github.client-id", () -> "gh-reg-client");
		registry.add("spring.security.oauth2.client.registration.github.client-secret", () -> "gh-reg-secret");
		registry.add("spring.security.oauth2.client.provider.github.authorization-uri",
				() -> wiremock.baseUrl() + "/login/oauth/authorize");
		registry.add("spring.security.oauth2.client.provider.github.token-uri",
				() -> wiremock.baseUrl() + GitHubStubs.TOKEN_PATH);
		registry.add("spring.security.oauth2.client.provider.github.user-info-uri", () -> wiremock.baseUrl() + "/user");
	}

}
