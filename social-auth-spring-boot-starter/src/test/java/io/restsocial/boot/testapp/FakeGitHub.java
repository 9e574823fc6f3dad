package io.restsocial.boot.testapp;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * GitHub's token and user endpoints, faked by one WireMock server for the whole test run, and
 * the properties that point the {@code github} provider at it. One server, on one port, lets the
 * test classes that configure nothing else share one application context. As a JUnit extension
 * ({@code @RegisterExtension static FakeGitHub github = FakeGitHub.shared();}) it forgets its
 * stubs and requests before each test, as a per-class {@code WireMockExtension} does.
 */
public final class FakeGitHub extends WireMockServer implements BeforeEachCallback {

	/** The path of GitHub's token endpoint. */
	public static final String TOKEN_PATH = "/login/oauth/access_token";

	private static final FakeGitHub SHARED = started();

	private FakeGitHub() {
		// Plain HTTP/1.1, since the JDK client's h2c upgrade breaks WireMock; threads enough
		// for every first login of ConcurrentFirstLoginTests at once.
		super(wireMockConfig().dynamicPort().http2PlainDisabled(true).containerThreads(100));
	}

	private static FakeGitHub started() {
		FakeGitHub github = new FakeGitHub();
		github.start();
		Runtime.getRuntime().addShutdownHook(new Thread(github::stop, "fake-github-stop"));
		return github;
	}

	/**
	 * The fake GitHub of this test run, started.
	 * @return the fake
	 */
	public static FakeGitHub shared() {
		return SHARED;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		resetAll();
	}

	/**
	 * Configure the {@code github} provider with keys and this fake's endpoints.
	 * @param registry the test's property registry
	 */
	public void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.github.client-id", () -> "gh-client");
		registry.add("rest.social.providers.github.client-secret", () -> "gh-secret");
		registry.add("rest.social.providers.github.token-uri", () -> baseUrl() + TOKEN_PATH);
		registry.add("rest.social.providers.github.user-info-uri", () -> baseUrl() + "/user");
	}

	/**
	 * Answer a code with an access token, and that token with a GitHub user.
	 * @param code the code the front-end sends
	 * @param id the user's GitHub id
	 * @param login the user's login
	 * @param email the user's public email
	 * @param name the user's full name
	 */
	public void user(String code, long id, String login, String email, String name) {
		user(this, code, id, login, email, name);
	}

	/**
	 * Answer a code with a GitHub user whose address {@code /user/emails} lists, verified or not.
	 * @param code the code the front-end sends
	 * @param id the user's GitHub id
	 * @param login the user's login, also their name
	 * @param email the user's public and primary email
	 * @param verified whether GitHub says it is verified
	 */
	public void userWithEmail(String code, long id, String login, String email, boolean verified) {
		user(code, id, login, email, login);
		stubFor(get("/user/emails").withHeader("Authorization", equalTo("token gho_" + code))
			.willReturn(okJson("[{\"email\":\"" + email + "\",\"verified\":" + verified
					+ ",\"primary\":true,\"visibility\":\"public\"}]")));
	}

	/**
	 * Answer a code with an access token, and that token with a GitHub user, on any WireMock.
	 * @param wiremock the stubs
	 * @param code the code the front-end sends
	 * @param id the user's GitHub id
	 * @param login the user's login
	 * @param email the user's public email
	 * @param name the user's full name
	 */
	public static void user(Stubbing wiremock, String code, long id, String login, String email, String name) {
		wiremock.stubFor(token(code));
		wiremock.stubFor(get("/user").withHeader("Authorization", equalTo("token gho_" + code))
			.willReturn(okJson("{\"login\":\"" + login + "\",\"id\":" + id + ",\"node_id\":\"MDQ6VXNlcjE=\","
					+ "\"type\":\"User\",\"site_admin\":false,\"name\":\"" + name + "\",\"company\":null,"
					+ "\"email\":\"" + email + "\"}")));
	}

	private static MappingBuilder token(String code) {
		return post(TOKEN_PATH).withFormParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"gho_" + code + "\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}"));
	}

}
