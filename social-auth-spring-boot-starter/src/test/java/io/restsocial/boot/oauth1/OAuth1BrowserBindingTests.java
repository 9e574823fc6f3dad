package io.restsocial.boot.oauth1;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.state.BrowserBinding;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OAuth 1.0a's two steps tied to one browser, attacked over HTTP. The attack: the attacker runs
 * step one, authorises with their own Twitter account, and makes the victim's front-end post the
 * attacker's {@code oauth_token} and {@code oauth_verifier} (login CSRF, or linking the
 * attacker's Twitter to the logged-in victim). A token from a browser is bound to it by the state
 * cookie; one presented without that cookie, with another browser's, or unbound from a browser
 * is refused before Twitter is asked, and nothing is written. A native app's steps stay unbound.
 */
class OAuth1BrowserBindingTests extends LoginTestSupport {

	private static final String SPA = "https://app.example";

	private static final String LOGIN = "/api/login/social/token_user/twitter/";

	@RegisterExtension
	static WireMockExtension twitter = GitHubStubs.server();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("rest.social.providers.twitter.client-id", () -> "consumer-key");
		registry.add("rest.social.providers.twitter.client-secret", () -> "consumer-secret");
		registry.add("rest.social.providers.twitter.request-token-uri", () -> twitter.baseUrl() + "/oauth/request_token");
		registry.add("rest.social.providers.twitter.access-token-uri", () -> twitter.baseUrl() + "/oauth/access_token");
		registry.add("rest.social.providers.twitter.user-info-uri",
				() -> twitter.baseUrl() + "/1.1/account/verify_credentials.json?include_email=true");
	}

	@BeforeEach
	void clean() {
		twitter.resetAll();
		twitterUser("attacker-request-token", "attacker-verifier", 666, "mallory");
		twitterUser("victim-request-token", "victim-verifier", 7588892, "kurrik");
		github.user("victim", 1, "victim", "victim@example.com", "Vic Tim");
	}

	@Test
	void stepOneWhenBrowserAsksThenItsTokenIsBoundToItsStateCookie() throws Exception {
		StepOne first = stepOneFromBrowser("victim-request-token", null);
		assertThat(first.setCookie()).startsWith("SOCIAL_STATE=")
			.contains("Path=/api/login/social/", "HttpOnly", "SameSite=Lax");
		assertThat(first.body().get("oauth_token").asString()).isEqualTo("victim-request-token");
		assertThat(first.body().has("oauth_token_secret")).isFalse();
		assertThat(binding("victim-request-token")).isEqualTo(BrowserBinding.hash(first.cookie().getValue()));

		// A browser that already holds the cookie keeps its one value.
		StepOne again = stepOneFromBrowser("attacker-request-token", first.cookie());
		assertThat(again.cookie().getValue()).isEqualTo(first.cookie().getValue());
	}

	@Test
	void loginWhenOneBrowserRunsBothStepsWithItsCookieThenLoggedInAndTheCookieCleared() throws Exception {
		StepOne first = stepOneFromBrowser("victim-request-token", null);
		MockHttpServletResponse response = stepTwo(fromBrowser(first.cookie()), "victim-request-token",
				"victim-verifier")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("kurrik"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Set-Cookie")).startsWith("SOCIAL_STATE=;").contains("Max-Age=0");
		assertThat(count("social_oauth1_request")).isZero();
	}

	@Test
	void loginWhenNativeAppRunsBothStepsThenLoggedInWithoutCookies() throws Exception {
		MockHttpServletResponse first = stepOne(nativeApp(), "victim-request-token");
		assertThat(first.getHeader("Set-Cookie")).isNull();
		assertThat(binding("victim-request-token")).isNull();
		MockHttpServletResponse second = stepTwo(nativeApp(), "victim-request-token", "victim-verifier")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("kurrik"))
			.andReturn()
			.getResponse();
		assertThat(second.getHeader("Set-Cookie")).isNull();
	}

	@Test
	void attackWhenTheAttackersBrowserTokenIsPostedByTheVictimsBrowserThen400AndNothingCreated() throws Exception {
		stepOneFromBrowser("attacker-request-token", null);
		// The victim's browser holds a cookie of its own (it started a login once), or none.
		Cookie victims = stepOneFromBrowser("victim-request-token", null).cookie();
		refused(stepTwo(fromBrowser(victims), "attacker-request-token", "attacker-verifier"),
				"bound to the browser that started the login");
		refused(stepTwo(fromBrowser(null), "attacker-request-token", "attacker-verifier"),
				"bound to the browser that started the login");
		refused(stepTwo(nativeApp(), "attacker-request-token", "attacker-verifier"),
				"bound to the browser that started the login");
		twitter.verify(0, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
		assertThat(count("social_token")).isZero();
	}

	@Test
	void attackWhenATokenGotByScriptIsPostedByTheVictimsBrowserThen400AndNothingCreated() throws Exception {
		stepOne(nativeApp(), "attacker-request-token");
		Cookie victims = stepOneFromBrowser("victim-request-token", null).cookie();
		refused(stepTwo(fromBrowser(victims), "attacker-request-token", "attacker-verifier"),
				"not bound to this browser");
		refused(stepTwo(post(LOGIN).header("Sec-Fetch-Site", "cross-site"), "attacker-request-token",
				"attacker-verifier"), "not bound to this browser");
		twitter.verify(0, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
	}

	@Test
	void attackWhenTheAttackersTokenIsPostedByTheLoggedInVictimsFrontEndThenNotLinked() throws Exception {
		String victimToken = this.json.readTree(this.mvc
			.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"victim\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("token").asString();
		stepOneFromBrowser("attacker-request-token", null);
		Cookie victims = stepOneFromBrowser("victim-request-token", null).cookie();

		// The victim's own front-end, fed the attacker's callback URL, posts with its credential.
		refused(stepTwo(fromBrowser(victims).header("Authorization", "Token " + victimToken),
				"attacker-request-token", "attacker-verifier"), "bound to the browser that started the login");
		twitter.verify(0, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_account WHERE provider = 'twitter'")
			.query(Long.class)
			.single()).isZero();

		// The victim linking their own Twitter, in their own browser, still works.
		stepTwo(fromBrowser(victims).header("Authorization", "Token " + victimToken), "victim-request-token",
				"victim-verifier")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("victim"));
		assertThat(this.jdbc.sql("SELECT uid FROM social_account WHERE provider = 'twitter'")
			.query(String.class)
			.list()).containsExactly("7588892");
	}

	@Test
	void stepTwoWhenRefusedThenTheTokenStaysToItsOwnBrowserAndIsUsedOnce() throws Exception {
		Cookie attackers = stepOneFromBrowser("attacker-request-token", null).cookie();
		Cookie victims = stepOneFromBrowser("victim-request-token", null).cookie();
		refused(stepTwo(fromBrowser(victims), "attacker-request-token", "attacker-verifier"),
				"bound to the browser that started the login");
		assertThat(binding("attacker-request-token")).as("a refusal writes nothing")
			.isEqualTo(BrowserBinding.hash(attackers.getValue()));

		stepTwo(fromBrowser(attackers), "attacker-request-token", "attacker-verifier").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("mallory"));
		refused(stepTwo(fromBrowser(attackers), "attacker-request-token", "attacker-verifier"), "already used");
		twitter.verify(1, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
	}

	private StepOne stepOneFromBrowser(String requestToken, Cookie cookie) throws Exception {
		MockHttpServletRequestBuilder request = fromBrowser(cookie).header("Sec-Fetch-Site", "cross-site");
		MockHttpServletResponse response = stepOne(request, requestToken);
		Cookie issued = response.getCookie("SOCIAL_STATE");
		assertThat(issued).isNotNull();
		return new StepOne(this.json.readTree(response.getContentAsString()), response.getHeader("Set-Cookie"),
				issued);
	}

	// Twitter answers each step one with the next request token.
	private MockHttpServletResponse stepOne(MockHttpServletRequestBuilder request, String requestToken)
			throws Exception {
		twitter.stubFor(WireMock.post("/oauth/request_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=" + requestToken + "&oauth_token_secret=" + requestToken
					+ "-secret&oauth_callback_confirmed=true")));
		return this.mvc
			.perform(request.contentType(MediaType.APPLICATION_JSON)
				.content("{\"redirect_uri\":\"" + SPA + "/callback\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private ResultActions stepTwo(MockHttpServletRequestBuilder request, String token, String verifier)
			throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
			.content("{\"oauth_token\":\"" + token + "\",\"oauth_verifier\":\"" + verifier + "\"}"));
	}

	private static MockHttpServletRequestBuilder fromBrowser(Cookie cookie) {
		MockHttpServletRequestBuilder request = post(LOGIN).header("Origin", SPA);
		return (cookie != null) ? request.cookie(cookie) : request;
	}

	private static MockHttpServletRequestBuilder nativeApp() {
		return post(LOGIN);
	}

	// Twitter's access token and user endpoints, for one user who authorised one request token.
	private static void twitterUser(String requestToken, String verifier, long id, String screenName) {
		String access = id + "-access";
		twitter.stubFor(WireMock.post("/oauth/access_token")
			.withHeader("Authorization", containing("oauth_token=\"" + requestToken + "\""))
			.withHeader("Authorization", containing("oauth_verifier=\"" + verifier + "\""))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/html; charset=utf-8")
				.withBody("oauth_token=" + access + "&oauth_token_secret=" + access + "-secret&user_id=" + id
						+ "&screen_name=" + screenName)));
		twitter.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json"))
			.withHeader("Authorization", containing("oauth_token=\"" + access + "\""))
			.willReturn(okJson("{\"id\":" + id + ",\"id_str\":\"" + id + "\",\"name\":\"" + screenName
					+ "\",\"screen_name\":\"" + screenName + "\"}")));
	}

	private static void refused(ResultActions result, String reason) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.fields[0]").value("oauth_token"))
			.andExpect(jsonPath("$.error").value(containsString(reason)));
	}

	private String binding(String requestToken) {
		List<String> bindings = this.jdbc.sql("SELECT binding FROM social_oauth1_request WHERE token = ?")
			.param(requestToken)
			.query(String.class)
			.list();
		assertThat(bindings).hasSize(1);
		return bindings.get(0);
	}

	private record StepOne(JsonNode body, String setCookie, Cookie cookie) {

	}

}
