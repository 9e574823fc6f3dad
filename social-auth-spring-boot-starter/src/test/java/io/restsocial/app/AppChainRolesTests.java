package io.restsocial.app;

import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.security.Browser;
import io.restsocial.boot.security.RestSocialSecurityConfigurer;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application with a filter chain of its own that guards paths with
 * {@code authorizeHttpRequests(...hasRole(...))}, and no {@code SocialUserAuthorities} bean: every
 * user of every credential kind is {@code ROLE_USER} and nothing more, and issued JWTs carry no
 * authorities claim, but a {@code sub} claim equal to their {@code user_id}.
 */
@SpringBootTest(classes = { TestApp.class, AppChainRolesTests.AppChain.class })
class AppChainRolesTests extends LoginTestSupport {

	@BeforeEach
	void user() {
		github.user("c", 7, "octocat", "octocat@example.com", "Mona Octocat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "opaque", "jwt-pair", "jwt-sliding" })
	void appChainWhenCredentialOfAUserThenUserPathsOnlyAndAdminPath403ProblemJson(String kind) throws Exception {
		String token = loggedIn("/api/login/social/" + kind + "/github/", "c").get("token").asString();
		String authorization = (kind.startsWith("jwt") ? "Bearer " : "Token ") + token;
		this.mvc.perform(get("/api/reports").header("Authorization", authorization))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports").value("octocat"));
		this.mvc.perform(get("/api/admin/users").header("Authorization", authorization))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value("Access denied"));
	}

	@Test
	void appChainWhenSessionThenUserPathsOnly() throws Exception {
		Browser browser = Browser.loginBySession(this.mvc, "c");
		this.mvc.perform(get("/api/reports").session(browser.session())).andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/users").session(browser.session()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void appChainWhenNoCredentialThen401() throws Exception {
		this.mvc.perform(get("/api/reports")).andExpect(status().isUnauthorized());
	}

	@Test
	void jwtPairWhenNoAuthoritiesClaimConfiguredThenNoneAndSubIsTheUserId() throws Exception {
		JsonNode pair = loggedIn("/api/login/social/jwt-pair-user/github/", "c");
		for (String token : new String[] { pair.get("token").asString(), pair.get("refresh").asString() }) {
			JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
			assertThat(claims.getClaims()).doesNotContainKeys("roles", "authorities", "scope");
			assertThat(claims.getClaim("sub")).isInstanceOf(String.class);
			assertThat(claims.getSubject()).isEqualTo(String.valueOf(claims.getClaim("user_id")))
				.isEqualTo(pair.get("id").asString());
		}
		String sliding = loggedIn("/api/login/social/jwt-sliding/github/", "c").get("token").asString();
		assertThat(SignedJWT.parse(sliding).getJWTClaimsSet().getSubject()).isEqualTo(pair.get("id").asString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(ReportsController.class)
	static class AppChain {

		@Bean
		SecurityFilterChain appSecurityFilterChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/reports")
				.hasRole("USER")
				.anyRequest()
				.authenticated()).with(new RestSocialSecurityConfigurer(), Customizer.withDefaults());
			return http.build();
		}

	}

	@RestController
	static class ReportsController {

		@GetMapping("/api/reports")
		Map<String, Object> reports(@AuthenticationPrincipal SocialUser user) {
			return Map.of("reports", user.username());
		}

		@GetMapping("/api/admin/users")
		Map<String, Object> users(@AuthenticationPrincipal SocialUser user) {
			return Map.of("users", user.username());
		}

	}

}
