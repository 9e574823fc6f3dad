package io.restsocial.boot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests, sent over a raw socket to a real Tomcat as an attacker would (MockMvc
 * skips the container): each is answered with a 4xx {@code application/problem+json}, never a
 * 500, an HTML page or a stack trace in the log, and no provider is called.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTests extends LoginTestSupport {

	private static final int MAX_BODY = 64 * 1024;

	@LocalServerPort
	private int port;

	@Test
	void loginWhenDeclaredLengthOverMaxBodySizeThen413BeforeTheBodyIsSent(CapturedOutput output) throws Exception {
		// Only the headers are sent: an answer proves the body was not waited for.
		String answer = send("POST /api/login/social/token/github/ HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n", null);
		assertProblem(answer, 413, output).contains("larger than " + MAX_BODY + " bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "social/token/github", "social/complete", "token/refresh" })
	void loginWhenChunkedJsonBodyPassesMaxBodySizeThen413(String endpoint, CapturedOutput output) throws Exception {
		String answer = send("POST /api/login/" + endpoint + "/ HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
				chunked("{\"code\":\"c\",\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}"));
		assertProblem(answer, 413, output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "token/github", "opaque/github" })
	void loginWhenChunkedFormBodyPassesMaxBodySizeThen413(String endpoint, CapturedOutput output) throws Exception {
		// The form is parsed by the starter, within the limit, not by Tomcat. (The session endpoint
		// refuses a request without the CSRF header before it reads any body.)
		String answer = send("POST /api/login/social/" + endpoint + "/ HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
				+ "Connection: close\r\n\r\n", chunked("code=c&pad=" + "x".repeat(MAX_BODY)));
		assertProblem(answer, 413, output);
	}

	// Found by EndpointFuzzTests: Tomcat 11 throws on a query string it cannot decode.
	@Test
	void loginWhenQueryStringBadlyPercentEncodedThen400(CapturedOutput output) throws Exception {
		String body = "code=c";
		String answer = send("POST /api/login/social/token/github/?provider=a% HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n", body.getBytes(StandardCharsets.ISO_8859_1));
		assertProblem(answer, 400, output);
	}

	// Found by EndpointFuzzTests: Spring's FormContentFilter parses PUT, PATCH and DELETE forms.
	@ParameterizedTest
	@ValueSource(strings = { "logoutall/github/", "token/verify/", "social/token/github/" })
	void companionWhenPutWithUndecodableFormThen400(String path, CapturedOutput output) throws Exception {
		String body = "refresh=%zz%";
		String answer = send("PUT /api/login/" + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n", body.getBytes(StandardCharsets.ISO_8859_1));
		assertProblem(answer, 400, output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=----x",
			"application/x-www-form-urlencoded; charset=\u00e9", "application/x-www-form-urlencoded; charset=x-nope",
			"application/json; charset=\"" })
	void loginWhenBodyTypeNotReadThen415(String contentType, CapturedOutput output) throws Exception {
		String body = "code=c";
		String answer = send("POST /api/login/social/token/github/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
				+ contentType + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n",
				body.getBytes(StandardCharsets.ISO_8859_1));
		assertProblem(answer, 415, output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://exa mple.com", "https://[::1", "https://%zz", "http://a\"b" })
	void loginWhenOriginMalformedThen400NamingOrigin(String origin, CapturedOutput output) throws Exception {
		String body = "{\"code\":\"c\"}";
		String answer = send("POST /api/login/social/token/github/ HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nOrigin: " + origin + "\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n", body.getBytes(StandardCharsets.UTF_8));
		assertProblem(answer, 400, output).contains("\"fields\":[\"Origin\"]");
	}

	@Test
	void loginWhenHeaderCarriesControlCharacterThenTomcatRefusesAsProblem(CapturedOutput output) throws Exception {
		String body = "{\"code\":\"c\"}";
		String answer = send("POST /api/login/social/token/github/ HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nOrigin: http://a\u0001b\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n", body.getBytes(StandardCharsets.UTF_8));
		assertProblem(answer, 400, output);
	}

	@Test
	void appRequestWhenTomcatRefusesThenItsUsualErrorPage(CapturedOutput output) throws Exception {
		String answer = send("GET /api/me/%2e%2e%2fx HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				null);
		assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/login/social/token/github;x=1/", "/api/login/social/token;jsessionid=1/github/",
			"/api/login/social/token/git%3Bhub/", "/api/login/social/token/git%2Fhub/",
			"/api/login/social/token/git%2fhub/",
			"/api/login/social/token/git%00hub/", "/api/login/social/token/git%5Chub/",
			"/api/login/social/token/%2e%2e/github/", "/api/login/social//token/github/" })
	void loginWhenPathCarriesRejectedCharactersThen400Problem(String path, CapturedOutput output) throws Exception {
		String body = "{\"code\":\"c\"}";
		String answer = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n",
				body.getBytes(StandardCharsets.UTF_8));
		assertProblem(answer, 400, output);
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertProblem(String answer, int status,
			CapturedOutput output) {
		String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
		assertThat(head).startsWith("HTTP/1.1 " + status + " ");
		assertThat(head.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
		assertThat(answer).contains("\"error\":").contains("\"fields\":").doesNotContain("<html");
		assertThat(output).doesNotContain(" ERROR ").doesNotContain("\tat ");
		github.verify(0, anyRequestedFor(anyUrl()));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user").query(Long.class).single()).isZero();
		return assertThat(answer);
	}

	private String send(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				try {
					out.write(body);
				}
				catch (IOException ex) {
					// The server may answer and close before the whole body is sent.
				}
			}
			out.flush();
			return readAnswer(socket.getInputStream());
		}
	}

	// Up to the end of the first answer: its Content-Length, its last chunk, or the connection's end.
	private static String readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		try {
			while ((n = in.read(buffer)) > 0) {
				answer.write(buffer, 0, n);
				if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// A reset after the answer was read.
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static boolean complete(String text) {
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		int length = head.indexOf("content-length: ");
		if (length >= 0) {
			int value = Integer.parseInt(head.substring(length + 16).split("\r\n")[0].strip());
			return text.length() - end - 4 >= value;
		}
		return head.contains("transfer-encoding: chunked") && text.endsWith("\r\n0\r\n\r\n");
	}

	private static byte[] chunked(String body) {
		StringBuilder chunks = new StringBuilder();
		for (int i = 0; i < body.length(); i += 4096) {
			String chunk = body.substring(i, Math.min(body.length(), i + 4096));
			chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		return chunks.append("0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
