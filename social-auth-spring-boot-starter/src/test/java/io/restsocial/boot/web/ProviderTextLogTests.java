package io.restsocial.boot.web;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restsocial.boot.testapp.FakeGitHub;
import io.restsocial.boot.testapp.LoginTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider's error text that forges log lines with CR/LF is logged as one line.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderTextLogTests extends LoginTestSupport {

	private static final String FORGED = "2026-06-01T12:00:00.000Z ERROR 1 --- [main] o.s.Security : admin logged in";

	@Test
	void loginWhenProviderErrorTextForgesLogLinesThenOneLogLine(CapturedOutput output) throws Exception {
		github.stubFor(WireMock.post(FakeGitHub.TOKEN_PATH)
			.willReturn(okJson("{\"error\":\"bad_verification_code\",\"error_description\":\"expired\\r\\n" + FORGED
					+ "\\n" + FORGED + "\"}")));
		this.mvc
			.perform(post("/api/login/social/token/github/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"c\"}"))
			.andExpect(status().isBadRequest());
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("bad_verification_code")).toList();
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line).contains("Social login failed")
			.contains("expired " + FORGED + " " + FORGED));
		assertThat(output.getAll().lines()).noneMatch((line) -> line.startsWith(FORGED));
	}

}
