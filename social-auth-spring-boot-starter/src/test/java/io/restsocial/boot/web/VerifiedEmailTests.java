package io.restsocial.boot.web;

import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An email counts only when the provider verified it: an unverified email never allows a domain,
 * never links a login to an existing user, and never makes a stored user one that a later
 * verified login is linked to; over HTTP, with GitHub's and GitLab's real payloads.
 */
class VerifiedEmailTests {

	@RegisterExtension
	static FakeGitHub providers = FakeGitHub.shared();

	private static final JsonMapper json = JsonMapper.builder().build();

	static void githubUser(String code, long id, String login, String email, boolean verified) {
		providers.user(code, id, login, email, login);
		providers.stubFor(get("/user/emails").withHeader("Authorization", equalTo("token gho_" + code))
			.willReturn(okJson("[{\"email\":\"" + email + "\",\"verified\":" + verified
					+ ",\"primary\":true,\"visibility\":\"public\"}]")));
	}

	static void gitlabUser(String code, long id, String username, String email, boolean confirmed) {
		providers.stubFor(post("/oauth/token").withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
			.containing("code=" + code))
			.willReturn(okJson("{\"access_token\":\"glpat-" + code + "\",\"token_type\":\"Bearer\","
					+ "\"expires_in\":7200,\"refresh_token\":\"r\",\"scope\":\"read_user\",\"created_at\":1607635748}")));
		providers.stubFor(get(urlPathEqualTo("/api/v4/user")).withQueryParam("access_token", equalTo("glpat-" + code))
			.willReturn(okJson("{\"id\":" + id + ",\"username\":\"" + username + "\",\"name\":\"" + username
					+ "\",\"state\":\"active\",\"email\":\"" + email + "\",\"confirmed_at\":"
					+ (confirmed ? "\"2012-05-23T09:05:22Z\"" : "null") + "}")));
	}

	static String login(MockMvc mvc, String provider, String code, int status) throws Exception {
		return mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/login/social/token_user/" + provider + "/")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\"}"))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static void properties(DynamicPropertyRegistry registry) {
		providers.properties(registry);
		registry.add("rest.social.providers.gitlab.client-id", () -> "gl-client");
		registry.add("rest.social.providers.gitlab.client-secret", () -> "gl-secret");
		registry.add("rest.social.providers.gitlab.token-uri", () -> providers.baseUrl() + "/oauth/token");
		registry.add("rest.social.providers.gitlab.user-info-uri", () -> providers.baseUrl() + "/api/v4/user");
	}

	@Nested
	@SpringBootTest(classes = TestApp.class, properties = "rest.social.pipeline.allowed-domains=example.com")
	@AutoConfigureMockMvc
	class AllowedDomains {

		@DynamicPropertySource
		static void properties(DynamicPropertyRegistry registry) {
			VerifiedEmailTests.properties(registry);
		}

		@Autowired
		private MockMvc mvc;

		@Autowired
		private JdbcClient jdbc;

		@BeforeEach
		void clean() {
			GitHubStubs.deleteAll(this.jdbc);
		}

		@Test
		void loginWhenEmailInAllowedDomainIsUnverifiedThenForbiddenAndNothingWritten() throws Exception {
			githubUser("unverified", 666, "mallory", "ceo@example.com", false);
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/login/social/token_user/github/")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"unverified\"}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("not verified")))
				.andExpect(jsonPath("$.fields").isArray());
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isZero();
		}

		@Test
		void loginWhenEmailInAllowedDomainIsVerifiedThenLoggedIn() throws Exception {
			githubUser("verified", 7, "ceo", "ceo@example.com", true);
			JsonNode user = json.readTree(login(this.mvc, "github", "verified", 200));
			assertThat(user.get("email").asString()).isEqualTo("ceo@example.com");
		}

	}

	@Nested
	@SpringBootTest(classes = TestApp.class, properties = "rest.social.pipeline.associate-by-email=true")
	@AutoConfigureMockMvc
	class AssociationByEmail {

		@DynamicPropertySource
		static void properties(DynamicPropertyRegistry registry) {
			VerifiedEmailTests.properties(registry);
		}

		@Autowired
		private MockMvc mvc;

		@Autowired
		private JdbcClient jdbc;

		@BeforeEach
		void clean() {
			GitHubStubs.deleteAll(this.jdbc);
		}

		@Test
		void loginWhenAnotherProviderClaimsTheVictimsEmailUnverifiedThenANewUserAndNoTakeover() throws Exception {
			githubUser("victim", 1, "victim", "victim@example.com", true);
			JsonNode victim = json.readTree(login(this.mvc, "github", "victim", 200));

			// The attacker's GitLab account shows the victim's address, which GitLab never confirmed.
			gitlabUser("attacker", 666, "mallory", "victim@example.com", false);
			JsonNode attacker = json.readTree(login(this.mvc, "gitlab", "attacker", 200));

			assertThat(attacker.get("id").asLong()).isNotEqualTo(victim.get("id").asLong());
			assertThat(attacker.get("token").asString()).isNotEqualTo(victim.get("token").asString());
			assertThat(attacker.get("email").asString()).isEqualTo("victim@example.com");
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE user_id = ?")
				.param(victim.get("id").asString())
				.query(Long.class)
				.single()).isOne();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isEqualTo(2);
		}

		@Test
		void loginWhenAnAttackerFirstClaimedTheVictimsEmailUnverifiedThenTheVictimGetsANewUser() throws Exception {
			// The attacker signs up first, through GitLab, with the victim's address GitLab never confirmed.
			gitlabUser("attacker-first", 666, "mallory", "victim@example.com", false);
			JsonNode attacker = json.readTree(login(this.mvc, "gitlab", "attacker-first", 200));

			// The victim's later login, the address verified by GitHub, must not land in that user.
			githubUser("victim-later", 1, "victim", "victim@example.com", true);
			JsonNode victim = json.readTree(login(this.mvc, "github", "victim-later", 200));

			assertThat(victim.get("id").asLong()).isNotEqualTo(attacker.get("id").asLong());
			assertThat(this.jdbc.sql("SELECT provider FROM social_account WHERE user_id = ?")
				.param(attacker.get("id").asString())
				.query(String.class)
				.list()).containsExactly("gitlab");
			assertThat(this.jdbc.sql("SELECT user_id FROM social_account WHERE provider = 'github' AND uid = '1'")
				.query(String.class)
				.single()).isEqualTo(victim.get("id").asString());
			assertThat(emailVerified(attacker)).isFalse();
			assertThat(emailVerified(victim)).isTrue();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isEqualTo(2);
		}

		@Test
		void loginWhenAUserLaterProvesItsEmailThenAssociationFindsIt() throws Exception {
			gitlabUser("unconfirmed", 3, "owner", "owner@example.com", false);
			JsonNode owner = json.readTree(login(this.mvc, "gitlab", "unconfirmed", 200));
			assertThat(emailVerified(owner)).isFalse();
			gitlabUser("confirmed", 3, "owner", "owner@example.com", true);
			login(this.mvc, "gitlab", "confirmed", 200);
			assertThat(emailVerified(owner)).isTrue();

			githubUser("owner-gh", 4, "owner-gh", "owner@example.com", true);
			JsonNode again = json.readTree(login(this.mvc, "github", "owner-gh", 200));
			assertThat(again.get("id").asLong()).isEqualTo(owner.get("id").asLong());
		}

		@Test
		void loginWhenTwoVerifiedUsersShareTheEmailThenForbiddenAndNothingWritten() throws Exception {
			for (String username : new String[] { "twin1", "twin2" }) {
				this.jdbc
					.sql("INSERT INTO social_user (username, email, email_verified, date_joined)"
							+ " VALUES (?, 'twin@example.com', TRUE, CURRENT_TIMESTAMP)")
					.param(username)
					.update();
			}
			githubUser("twin", 9, "twin", "Twin@Example.com", true);
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/login/social/token_user/github/")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"twin\"}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("more than one user")))
				.andExpect(jsonPath("$.fields").isArray());
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isEqualTo(2);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account").query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_token").query(Long.class).single()).isZero();
		}

		private boolean emailVerified(JsonNode user) {
			return this.jdbc.sql("SELECT email_verified FROM social_user WHERE id = ?")
				.param(user.get("id").asLong())
				.query(Boolean.class)
				.single();
		}

		@Test
		void loginWhenAnotherProviderVerifiedTheSameEmailThenTheSameUser() throws Exception {
			githubUser("owner", 1, "owner", "owner@example.com", true);
			JsonNode owner = json.readTree(login(this.mvc, "github", "owner", 200));
			gitlabUser("second", 2, "owner-gl", "Owner@Example.com", true);
			JsonNode again = json.readTree(login(this.mvc, "gitlab", "second", 200));
			assertThat(again.get("id").asLong()).isEqualTo(owner.get("id").asLong());
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE user_id = ?")
				.param(owner.get("id").asString())
				.query(Long.class)
				.single()).isEqualTo(2);
		}

	}

}
