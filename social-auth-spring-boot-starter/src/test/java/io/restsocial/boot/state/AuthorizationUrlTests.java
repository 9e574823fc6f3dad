package io.restsocial.boot.state;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The state endpoint's {@code authorization_url}: the provider's authorization endpoint with the
 * client id, the front-end's redirect URI, the scope, the state and its PKCE challenge, and the
 * registration's {@code extra-params}, which cannot replace any of them.
 */
@SpringBootTest(classes = TestApp.class,
		properties = { "rest.social.providers.github.pkce=true", "rest.social.providers.github.scope=read:user,user:email",
				"rest.social.providers.github.extra-params.allow_signup=false",
				"rest.social.providers.github.extra-params.state=forged-state",
				"rest.social.providers.github.extra-params.client_id=someone-else",
				"rest.social.state.secret=a-state-secret-of-32-bytes-at-least!!" })
class AuthorizationUrlTests extends LoginTestSupport {

	@Test
	void stateWhenRedirectUriGivenThenAuthorizationUrlCarriesEveryParameterAndExtraParams() throws Exception {
		JsonNode state = state("https://app.example/cb?x=1");
		UriComponents url = UriComponentsBuilder.fromUriString(state.get("authorization_url").asString()).build();
		MultiValueMap<String, String> query = url.getQueryParams();
		assertThat(url.getScheme() + "://" + url.getHost() + url.getPath())
			.isEqualTo("https://github.com/login/oauth/authorize");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.get("client_id")).containsExactly("gh-client");
		assertThat(decoded(query.getFirst("redirect_uri"))).isEqualTo("https://app.example/cb?x=1");
		assertThat(decoded(query.getFirst("scope"))).isEqualTo("read:user,user:email");
		assertThat(query.get("state")).containsExactly(state.get("state").asString());
		assertThat(query.getFirst("code_challenge")).isEqualTo(state.get("code_challenge").asString());
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("allow_signup")).isEqualTo("false");
	}

	@Test
	void stateWhenNoRedirectUriThenAuthorizationUrlWithoutOne() throws Exception {
		JsonNode state = state(null);
		MultiValueMap<String, String> query = UriComponentsBuilder
			.fromUriString(state.get("authorization_url").asString())
			.build()
			.getQueryParams();
		assertThat(query).doesNotContainKey("redirect_uri").containsKey("state");
	}

	private JsonNode state(String redirectUri) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/login/social/state/github/");
		if (redirectUri != null) {
			request.param("redirect_uri", redirectUri);
		}
		return this.json.readTree(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String decoded(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
