package io.restsocial.boot.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;

/**
 * The provider client's request factory, made at its first request rather than at start-up.
 * Making it loads Apache HttpClient 5 with its connection pool and the JDK's TLS context with its
 * trust store: a few hundred classes, for calls that only a login makes (issue 9). The settings
 * it is made from are read, and checked, at start-up. Concurrent first requests make one factory;
 * {@link RestSocialPreinitializer} makes it once the application is ready.
 */
final class FirstCallRequestFactory implements ClientHttpRequestFactory {

	private final SingletonSupplier<ClientHttpRequestFactory> factory;

	FirstCallRequestFactory(Supplier<ClientHttpRequestFactory> factory) {
		this.factory = SingletonSupplier.of(factory);
	}

	/**
	 * Make the factory now, if no request has made it yet: after start-up, on a background
	 * thread, so that the first login does not wait for it.
	 */
	void prepare() {
		this.factory.obtain();
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return this.factory.obtain().createRequest(uri, httpMethod);
	}

}
