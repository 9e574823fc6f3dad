package io.restsocial.boot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.FakeGitHub;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * GitHub's token and user endpoints on a WireMock server of a test's own, and the properties that
 * point the {@code github} provider at them; a test that needs no server of its own uses
 * {@link FakeGitHub}.
 */
public final class GitHubStubs {

	public static final String TOKEN_PATH = FakeGitHub.TOKEN_PATH;

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

	/**
	 * Answer a code with an access token, and that token with a GitHub user.
	 * @param wiremock the stub server
	 * @param code the code the front-end sends
	 * @param id the user's GitHub id
	 * @param login the user's login
	 * @param email the user's public email
	 * @param name the user's full name
	 */
	public static void user(WireMockExtension wiremock, String code, long id, String login, String email, String name) {
		FakeGitHub.user(wiremock, code, id, login, email, name);
	}

}
