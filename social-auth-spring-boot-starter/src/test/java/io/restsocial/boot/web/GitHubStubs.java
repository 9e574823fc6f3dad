package io.restsocial.boot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * GitHub's token and user endpoints as WireMock stubs, answering with GitHub's payload shapes,
 * and the properties that point the {@code github} provider at them.
 */
public final class GitHubStubs {

	public static final String TOKEN_PATH = "/login/oauth/access_token";

	private GitHubStubs() {
	}

	/**
	 * A WireMock server for a {@code @RegisterExtension} field; plain HTTP/1.1, since the JDK
	 * client's h2c upgrade breaks WireMock.
	 * @return the extension
	 */
	public static WireMockExtension server() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();
	}

	/**
	 * Configure the {@code github} provider with keys and the stub's endpoints.
	 * @param registry the test's property registry
	 * @param wiremock the stub server
	 */
	public static void properties(DynamicPropertyRegistry registry, WireMockExtension wiremock) {
		registry.add("rest.social.providers.github.client-id", () -> "gh-client");
		registry.add("rest.social.providers.github.client-secret", () -> "gh-secret");
		registry.add("rest.social.providers.github.token-uri", () -> wiremock.baseUrl() + TOKEN_PATH);
		registry.add("rest.social.providers.github.user-info-uri", () -> wiremock.baseUrl() + "/user");
	}

	/**
	 * Empty the rest-social-auth tables.
	 * @param jdbc the client of the test database
	 */
	public static void deleteAll(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM social_token").update();
		jdbc.sql("DELETE FROM social_account").update();
		jdbc.sql("DELETE FROM social_user").update();
	}

	public static void user(WireMockExtension wiremock, String code, long id, String login, String email, String name) {
		wiremock.stubFor(post(TOKEN_PATH).withFormParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"gho_" + code + "\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}")));
		wiremock.stubFor(get("/user").withHeader("Authorization", equalTo("token gho_" + code))
			.willReturn(okJson("{\"login\":\"" + login + "\",\"id\":" + id + ",\"node_id\":\"MDQ6VXNlcjE=\","
					+ "\"type\":\"User\",\"site_admin\":false,\"name\":\"" + name + "\",\"company\":null,"
					+ "\"email\":\"" + email + "\"}")));
	}

}
