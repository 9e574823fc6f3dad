package io.restsocial.core.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderTimeoutException;
import io.restsocial.core.error.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The provider client against a WireMock provider: answers are read within the size cap, and
 * failures name the provider but keep the URL for the provider message only.
 */
class ProviderHttpClientTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ProviderHttpClient http = client(100);

	@Test
	void getWhenBodyWithinTheCapThenRead() {
		wiremock.stubFor(get("/user").willReturn(okJson("{\"id\":\"" + "x".repeat(80) + "\"}")));
		assertThat(this.http.get("p", uri("/user"), (headers) -> {
		}).body()).hasSize(89);
	}

	@Test
	void getWhenDeclaredLengthOverTheCapThenUnavailableWithTheUrlKeptApart() {
		wiremock.stubFor(get("/user").willReturn(okJson("{\"id\":\"" + "x".repeat(200) + "\"}")));
		assertThatExceptionOfType(ProviderUnavailableException.class).isThrownBy(() -> this.http.get("p", uri("/user"),
				(headers) -> {
				}))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Provider 'p' answered with more than 100 bytes"))
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo(wiremock.baseUrl() + "/user"));
	}

	@Test
	void getWhenChunkedBodyPassesTheCapThenUnavailableAndTheNextCallIsClean() {
		wiremock.stubFor(get("/user")
			.willReturn(okJson("{\"id\":\"" + "x".repeat(200) + "\"}").withChunkedDribbleDelay(5, 10)));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> this.http.get("p", uri("/user"), (headers) -> {
			}))
			.withMessageContaining("more than 100 bytes");
		// The connection left with unread bytes is not reused for the next call.
		wiremock.stubFor(get("/next").willReturn(okJson("{\"next\":true}")));
		assertThat(this.http.get("p", uri("/next"), (headers) -> {
		}).body()).isEqualTo("{\"next\":true}");
	}

	@Test
	void getWhenConnectionResetThenUnavailableWithoutTheUrlInTheMessage() {
		wiremock.stubFor(get(urlPathEqualTo("/user")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(ProviderUnavailableException.class)
			.isThrownBy(() -> this.http.get("p", uri("/user?access_token=secret"), (headers) -> {
			}))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Provider 'p' could not be reached"))
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).startsWith(wiremock.baseUrl() + "/user: ")
				.doesNotContain("secret"));
	}

	@Test
	void getWhenSlowerThanReadTimeoutThenTimeoutWithoutTheUrlInTheMessage() {
		wiremock.stubFor(get("/user").willReturn(okJson("{}").withFixedDelay(5000)));
		assertThatExceptionOfType(ProviderTimeoutException.class)
			.isThrownBy(() -> this.http.get("p", uri("/user"), (headers) -> {
			}))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Provider 'p' did not answer in time"))
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo(wiremock.baseUrl() + "/user"));
	}

	@Test
	void readObjectWhenTooManyRequestsThenUnavailableNotARefusal() {
		wiremock.stubFor(get("/user").willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"rate_limited\"}")));
		ProviderResponse response = this.http.get("p", uri("/user"), (headers) -> {
		});
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> response.readObject("p", "user info"))
			.isInstanceOf(ProviderUnavailableException.class)
			.satisfies((ex) -> assertThat(ex.getProviderMessage()).isEqualTo("Retry-After: 30"));
	}

	private static URI uri(String path) {
		return URI.create(wiremock.baseUrl() + path);
	}

	private static ProviderHttpClient client(long maxResponseSize) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(Duration.ofSeconds(3));
		return new ProviderHttpClient(RestClient.builder().requestFactory(factory).build(), maxResponseSize);
	}

}
