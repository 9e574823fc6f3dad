package io.restsocial.core;

import java.net.http.HttpClient;
import java.time.Duration;

import io.restsocial.core.http.ProviderHttpClient;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The provider HTTP client as the starter builds it, with short timeouts for tests.
 */
public final class TestHttp {

	private TestHttp() {
	}

	public static ProviderHttpClient client() {
		return client(Duration.ofSeconds(5));
	}

	public static ProviderHttpClient client(Duration readTimeout) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(readTimeout);
		return new ProviderHttpClient(RestClient.builder().requestFactory(factory).build());
	}

}
