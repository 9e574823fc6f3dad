package io.restsocial.boot.interop;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.web.GitHubStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Client registrations of OAuth 2.0 providers without OpenID Connect, under ids that name no
 * known provider, log in over REST, read by standard claims: their uid under the registration's
 * user-name attribute (else {@code sub}), and their client authentication method respected.
 */
class ClientRegistrationGenericOAuth2LoginTests extends ClientRegistrationTestSupport {

	@RegisterExtension
	static WireMockExtension wiremock = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		// Gitea: uid under "id", client_secret_basic (Boot's default).
		registration(registry, "forgejo", Map.of("client-secret", "forgejo-secret"), "id");
		// A company portal whose user info has standard claims: uid "sub", client_secret_post.
		registration(registry, "portal",
				Map.of("client-secret", "portal-secret", "client-authentication-method", "client_secret_post"), null);
		// A public client: no secret, PKCE.
		registration(registry, "kiosk", Map.of("client-authentication-method", "none"), null);
	}

	private static void registration(DynamicPropertyRegistry registry, String id, Map<String, String> extra,
			String userNameAttribute) {
		String registration = "spring.security.oauth2.client.registration." + id + ".";
		String provider = "spring.security.oauth2.client.provider." + id + ".";
		registry.add(registration + "client-id", () -> id + "-client");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(registration + "scope", () -> "read:user");
		extra.forEach((key, value) -> registry.add(registration + key, () -> value));
		registry.add(provider + "authorization-uri", () -> wiremock.baseUrl() + "/" + id + "/authorize");
		registry.add(provider + "token-uri", () -> wiremock.baseUrl() + "/" + id + "/token");
		registry.add(provider + "user-info-uri", () -> wiremock.baseUrl() + "/" + id + "/user");
		if (userNameAttribute != null) {
			registry.add(provider + "user-name-attribute", () -> userNameAttribute);
		}
	}

	@Test
	void loginWhenUserNameAttributeIsIdThenUidIsIdAndUsernameIsLogin() throws Exception {
		stubToken("forgejo");
		wiremock.stubFor(get("/forgejo/user").withHeader("Authorization", equalTo("Bearer at-forgejo"))
			.willReturn(okJson("{\"id\":1042,\"login\":\"jdoe\",\"login_name\":\"\",\"full_name\":\"Jane Doe\","
					+ "\"email\":\"jdoe@example.com\",\"avatar_url\":\"https://gitea.example/avatars/1\","
					+ "\"language\":\"en-US\",\"is_admin\":false,\"active\":true,\"username\":\"jdoe\"}")));
		login("forgejo").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("jdoe"))
			.andExpect(jsonPath("$.email").value("jdoe@example.com"));
		assertThat(uid("forgejo")).isEqualTo("1042");
		// An email the provider does not say it verified stays unverified.
		assertThat(this.jdbc.sql("SELECT email_verified FROM social_user").query(Boolean.class).single()).isFalse();
		wiremock.verify(postRequestedFor(urlPathEqualTo("/forgejo/token"))
			.withHeader("Authorization", equalTo("Basic Zm9yZ2Vqby1jbGllbnQ6Zm9yZ2Vqby1zZWNyZXQ="))
			.withFormParam("client_secret", absent()));
	}

	@Test
	void loginWhenStandardClaimsThenUidIsSubAndNamesAreRead() throws Exception {
		stubToken("portal");
		wiremock.stubFor(get("/portal/user").willReturn(okJson("{\"sub\":\"u-77\",\"preferred_username\":\"jane\","
				+ "\"name\":\"Jane Q. Doe\",\"given_name\":\"Jane\",\"family_name\":\"Doe\","
				+ "\"email\":\"jane@portal.example\",\"email_verified\":true}")));
		login("portal").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("jane"))
			.andExpect(jsonPath("$.first_name").value("Jane"))
			.andExpect(jsonPath("$.last_name").value("Doe"))
			.andExpect(jsonPath("$.email").value("jane@portal.example"));
		assertThat(uid("portal")).isEqualTo("u-77");
		assertThat(this.jdbc.sql("SELECT email_verified FROM social_user").query(Boolean.class).single()).isTrue();
		wiremock.verify(postRequestedFor(urlPathEqualTo("/portal/token"))
			.withFormParam("client_id", equalTo("portal-client"))
			.withFormParam("client_secret", equalTo("portal-secret"))
			.withHeader("Authorization", absent()));
	}

	@Test
	void loginWhenPublicClientThenNoSecretIsSent() throws Exception {
		stubToken("kiosk");
		wiremock.stubFor(get("/kiosk/user").willReturn(okJson("{\"id\":9,\"username\":\"kiosk-user\"}")));
		login("kiosk").andExpect(status().isOk()).andExpect(jsonPath("$.username").value("kiosk-user"));
		assertThat(uid("kiosk")).isEqualTo("9");
		wiremock.verify(postRequestedFor(urlPathEqualTo("/kiosk/token"))
			.withFormParam("client_id", equalTo("kiosk-client"))
			.withFormParam("client_secret", absent())
			.withHeader("Authorization", absent()));
	}

	@Test
	void loginWhenUserInfoHasNoIdThen400AndNoUser() throws Exception {
		stubToken("portal");
		wiremock.stubFor(get("/portal/user").willReturn(okJson("{\"preferred_username\":\"ghost\"}")));
		login("portal").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
	}

	private ResultActions login(String provider) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/login/social/token_user/" + provider + "/")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"c\"}"));
	}

	private String uid(String provider) {
		return this.jdbc.sql("SELECT uid FROM social_account WHERE provider = ?")
			.param(provider)
			.query(String.class)
			.single();
	}

	private static void stubToken(String id) {
		wiremock.stubFor(post("/" + id + "/token")
			.willReturn(okJson("{\"access_token\":\"at-" + id + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
	}

}
