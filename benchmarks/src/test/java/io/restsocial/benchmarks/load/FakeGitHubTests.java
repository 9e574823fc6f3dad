package io.restsocial.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load bench's fake GitHub answers as GitHub does, and the bare client's one-second phase
 * makes exactly the two provider calls a login needs.
 */
class FakeGitHubTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private FakeGitHub github;

	@BeforeEach
	void start() throws Exception {
		this.github = FakeGitHub.start(8, "user:email");
	}

	@AfterEach
	void stop() throws Exception {
		this.github.close();
	}

	@Test
	void tokenWhenCodeNamesAUserThenAnswersATokenForThatUser() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(FakeGitHub.TOKEN_PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("client_id=bench&code=u4242&redirect_uri=x")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"access_token\":\"gho_4242\"", "\"token_type\":\"bearer\"",
				"\"scope\":\"user:email\"");
	}

	@Test
	void tokenWhenCodeIsUnknownThenAnswersGitHubsError() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(FakeGitHub.TOKEN_PATH))
			.POST(HttpRequest.BodyPublishers.ofString("code=nonsense")));
		assertThat(response.body()).contains("\"error\":\"bad_verification_code\"").doesNotContain("access_token");
	}

	@Test
	void userWhenTokenNamesAUserThenAnswersThatUserAndEmails() throws Exception {
		HttpResponse<String> user = send(
				HttpRequest.newBuilder(uri(FakeGitHub.USER_PATH)).header("Authorization", "Bearer gho_4242"));
		HttpResponse<String> emails = send(HttpRequest.newBuilder(uri(FakeGitHub.USER_PATH + "/emails"))
			.header("Authorization", "token gho_4242"));
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"login\":\"user4242\"", "\"id\":4242,",
				"\"email\":\"user4242@example.com\"");
		assertThat(emails.body()).contains("\"email\":\"user4242@example.com\",\"primary\":true,\"verified\":true");
	}

	@Test
	void userWhenNoTokenThenUnauthorized() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri(FakeGitHub.USER_PATH))).statusCode()).isEqualTo(401);
	}

	@Test
	void bareClientWhenRunForOneSecondThenMakesTwoProviderCallsPerLogin() throws Exception {
		URI token = uri(FakeGitHub.TOKEN_PATH);
		URI user = uri(FakeGitHub.USER_PATH);
		try (Load load = new Load(4)) {
			Load.Result result = load.forSeconds(1,
					(client, n) -> LoginLoadBench.bareLogin(client, token, user, 1000 + n % 10), null, this.github);
			assertThat(result.logins()).isPositive();
			assertThat(result.providerRequests()).isEqualTo(2 * result.logins());
			assertThat(result.latencies()).hasSize((int) result.logins());
			assertThat(result.percentileMillis(99)).isGreaterThanOrEqualTo(result.percentileMillis(50));
		}
	}

	private URI uri(String path) {
		return URI.create(this.github.baseUrl() + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
