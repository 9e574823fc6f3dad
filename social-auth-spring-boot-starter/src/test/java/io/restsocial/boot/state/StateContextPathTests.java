package io.restsocial.boot.state;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser login with a bound state, end to end over a real server, in an application served
 * under a servlet context path: the state cookie's path must include it, or a browser (here the
 * JDK client's cookie jar, which sends a cookie only under its path) never sends the cookie back
 * with the login, and every browser login is refused.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.context-path=/app", "rest.social.state.required=true",
				"rest.social.state.secret=a-state-secret-of-32-bytes-at-least!!" })
class StateContextPathTests extends LoginTestSupport {

	private static final String SPA = "https://app.example";

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient browser = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(this.cookies)
		.build();

	@LocalServerPort
	private int port;

	@BeforeEach
	void clean() {
		github.user("app", 51, "underapp", "u@example.com", "Under App");
	}

	@Test
	void loginWhenServedUnderAContextPathThenTheStateCookieIsScopedToItAndTheBrowserLogsIn() throws Exception {
		HttpResponse<String> issued = post("/app/api/login/social/state/github/", "");
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		String setCookie = issued.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("SOCIAL_STATE=").contains("; Path=/app/api/login/social/;", "HttpOnly");
		HttpCookie kept = this.cookies.getCookieStore().getCookies().get(0);
		assertThat(kept.getPath()).isEqualTo("/app/api/login/social/");
		String state = this.json.readTree(issued.body()).get("state").asString();

		HttpResponse<String> login = post("/app/api/login/social/token_user/github/",
				"{\"code\":\"app\",\"state\":\"" + state + "\"}");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		JsonNode user = this.json.readTree(login.body());
		assertThat(user.get("username").asString()).isEqualTo("underapp");
		assertThat(user.get("token").asString()).isNotEmpty();
		assertThat(login.headers().firstValue("Set-Cookie")).as("the used state's cookie is cleared")
			.hasValueSatisfying((cleared) -> assertThat(cleared).startsWith("SOCIAL_STATE=;")
				.contains("Path=/app/api/login/social/", "Max-Age=0"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_state").query(Long.class).single()).isOne();
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Origin", SPA)
			.header("Sec-Fetch-Site", "cross-site")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
