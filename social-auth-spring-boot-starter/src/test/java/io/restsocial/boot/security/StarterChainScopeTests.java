package io.restsocial.boot.security;

import java.util.Map;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The starter's chain takes only the endpoints the starter serves. With opaque tokens off (no
 * {@code logout/} of the starter's) and no JWT endpoints, an application's own endpoints at those
 * paths under the base path (a session {@code logout}, its own {@code token/refresh}) stay with the
 * application's chain: its login requirement and its CSRF protection, not the starter's open
 * chain.
 */
@TestPropertySource(properties = "spring.autoconfigure.exclude="
		+ "io.restsocial.boot.credential.opaque.OpaqueTokenCredentialAutoConfiguration,"
		+ "io.restsocial.boot.credential.jwt.JwtCredentialAutoConfiguration")
@Import(StarterChainScopeTests.AppEndpoints.class)
class StarterChainScopeTests extends LoginTestSupport {

	// The starter's chain would let both through (no login, no CSRF token needed there); the
	// application's default chain refuses a cross-site POST without its CSRF token first.
	@Test
	void appEndpointAtACompanionPathTheStarterDoesNotServeWhenPostedWithoutCsrfTokenThen403() throws Exception {
		this.mvc.perform(post("/api/login/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/login/token/refresh")).andExpect(status().isForbidden());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class AppEndpoints {

		@RestController
		static class AppCompanions {

			@PostMapping({ "/api/login/logout", "/api/login/token/refresh" })
			Map<String, Object> own(@AuthenticationPrincipal SocialUser user) {
				return Map.of("app", true);
			}

		}

	}

}
