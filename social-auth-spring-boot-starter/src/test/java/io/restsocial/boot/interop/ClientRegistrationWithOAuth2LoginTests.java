package io.restsocial.boot.interop;

import io.restsocial.boot.security.RestSocialSecurityConfigurer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application that already logs in with {@code oauth2Login()} in a filter chain of its own
 * gets REST logins from the same client registrations, and its own redirect login still works.
 */
@Import(ClientRegistrationWithOAuth2LoginTests.AppSecurity.class)
class ClientRegistrationWithOAuth2LoginTests extends ClientRegistrationTestSupport {

	@Test
	void restLoginWhenAppUsesOAuth2LoginThenTokenAuthenticatesTheAppsEndpoints() throws Exception {
		String token = octocatToken();
		this.mvc.perform(get("/api/me").header("Authorization", "Token " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("octocat"));
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'github'")
			.query(String.class)
			.single()).isEqualTo("583231");
	}

	@Test
	void oauth2LoginRedirectStillGoesToTheProvider() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/github"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location",
					allOf(startsWith(github.baseUrl() + "/login/oauth/authorize?"),
							containsString("client_id=gh-reg-client"), containsString("response_type=code"))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class AppSecurity {

		@Bean
		SecurityFilterChain appSecurityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2Login(Customizer.withDefaults())
				.with(new RestSocialSecurityConfigurer(), Customizer.withDefaults())
				.build();
		}

	}

}
