package io.restsocial.boot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

/**
 * GitHub's token and user endpoints as WireMock stubs, answering with GitHub's payload shapes.
 */
public final class GitHubStubs {

	public static final String TOKEN_PATH = "/login/oauth/access_token";

	private GitHubStubs() {
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
