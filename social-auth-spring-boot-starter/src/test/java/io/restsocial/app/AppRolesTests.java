package io.restsocial.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.security.Browser;
import io.restsocial.boot.security.SocialUserAuthorities;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application that grants roles with a {@link SocialUserAuthorities} bean and guards its own
 * endpoints with {@code @PreAuthorize("hasRole(...)")}: each credential kind carries the roles
 * of its user, a role taken away counts from the next request, and issued JWTs carry the roles in
 * the configured claim.
 */
@SpringBootTest(classes = { TestApp.class, AppRolesTests.RolesConfiguration.class },
		properties = "rest.social.jwt.authorities-claim=roles")
class AppRolesTests extends LoginTestSupport {

	@Autowired
	private RolesConfiguration roles;

	@BeforeEach
	void bossIsAdmin() {
		this.roles.admins.clear();
		this.roles.admins.add("boss");
		github.user("boss", 1, "boss", "boss@example.com", "Big Boss");
		github.user("staff", 2, "staff", "staff@example.com", "Staff Member");
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "opaque", "jwt-pair", "jwt-sliding" })
	void adminEndpointWhenAdminsCredentialThen200(String kind) throws Exception {
		String authorization = authorization(kind, "boss");
		this.mvc.perform(get("/api/admin").header("Authorization", authorization))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.admin").value("boss"));
		this.mvc.perform(get("/api/reports").header("Authorization", authorization)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "opaque", "jwt-pair", "jwt-sliding" })
	void adminEndpointWhenOtherUsersCredentialThen403ProblemJson(String kind) throws Exception {
		String authorization = authorization(kind, "staff");
		this.mvc.perform(get("/api/admin").header("Authorization", authorization))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value("Access denied"));
		this.mvc.perform(get("/api/reports").header("Authorization", authorization))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports").value("staff"));
	}

	@Test
	void adminEndpointWhenSessionThenRolesOfTheLoggedInUser() throws Exception {
		Browser boss = Browser.loginBySession(this.mvc, "boss");
		this.mvc.perform(get("/api/admin").session(boss.session()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.admin").value("boss"));
		Browser staff = Browser.loginBySession(this.mvc, "staff");
		this.mvc.perform(get("/api/admin").session(staff.session()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/reports").session(staff.session())).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "jwt-pair" })
	void adminEndpointWhenRoleTakenAwayThenNextRequestRefusedThoughTheTokenStillCarriesIt(String kind)
			throws Exception {
		String authorization = authorization(kind, "boss");
		this.mvc.perform(get("/api/admin").header("Authorization", authorization)).andExpect(status().isOk());
		this.roles.admins.remove("boss");
		this.mvc.perform(get("/api/admin").header("Authorization", authorization))
			.andExpect(status().isForbidden());
	}

	@Test
	void jwtPairWhenAuthoritiesClaimConfiguredThenAccessRefreshAndRefreshedTokensCarryThem() throws Exception {
		JsonNode pair = loggedIn("/api/login/social/jwt-pair/github/", "boss");
		JWTClaimsSet access = claims(pair.get("token").asString());
		assertThat(access.getStringListClaim("roles")).containsExactly("ROLE_USER", "ROLE_ADMIN");
		assertThat(claims(pair.get("refresh").asString()).getStringListClaim("roles"))
			.containsExactly("ROLE_USER", "ROLE_ADMIN");
		JsonNode refreshed = this.json.readTree(this.mvc
			.perform(post("/api/login/token/refresh/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"refresh\":\"" + pair.get("refresh").asString() + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JWTClaimsSet again = claims(refreshed.get("token").asString());
		assertThat(again.getStringListClaim("roles")).containsExactly("ROLE_USER", "ROLE_ADMIN");
		assertThat(again.getSubject()).isEqualTo(access.getSubject());
	}

	@Test
	void jwtSlidingWhenAuthoritiesClaimConfiguredThenTheTokenAndItsRefreshCarryThem() throws Exception {
		String sliding = loggedIn("/api/login/social/jwt-sliding/github/", "staff").get("token").asString();
		assertThat(claims(sliding).getStringListClaim("roles")).containsExactly("ROLE_USER");
		JsonNode refreshed = this.json.readTree(this.mvc
			.perform(post("/api/login/token/sliding/refresh/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + sliding + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(claims(refreshed.get("token").asString()).getStringListClaim("roles")).containsExactly("ROLE_USER");
	}

	private String authorization(String kind, String code) throws Exception {
		String token = loggedIn("/api/login/social/" + kind + "/github/", code).get("token").asString();
		return (kind.startsWith("jwt") ? "Bearer " : "Token ") + token;
	}

	private static JWTClaimsSet claims(String jwt) throws Exception {
		return SignedJWT.parse(jwt).getJWTClaimsSet();
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	@Import(AdminController.class)
	static class RolesConfiguration {

		private static final List<GrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));

		private static final List<GrantedAuthority> ADMIN = List.of(new SimpleGrantedAuthority("ROLE_USER"),
				new SimpleGrantedAuthority("ROLE_ADMIN"));

		final Set<String> admins = ConcurrentHashMap.newKeySet();

		@Bean
		SocialUserAuthorities socialUserAuthorities() {
			return (user) -> this.admins.contains(user.username()) ? ADMIN : USER;
		}

	}

	@RestController
	static class AdminController {

		@GetMapping("/api/admin")
		@PreAuthorize("hasRole('ADMIN')")
		Map<String, Object> admin(@AuthenticationPrincipal SocialUser user) {
			return Map.of("admin", user.username());
		}

		@GetMapping("/api/reports")
		@PreAuthorize("hasRole('USER')")
		Map<String, Object> reports(@AuthenticationPrincipal SocialUser user) {
			return Map.of("reports", user.username());
		}

	}

}
