package io.restsocial.boot.autoconfigure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.util.Timeout;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;

/**
 * What provider calls change in Apache HttpClient: the size of its connection pool, how long a
 * call waits for a pooled connection, that an answer left unread is cut off rather than drained,
 * and the parts of its request chain that a provider call must not have.
 * <p>
 * One client serves every user's logins, so it keeps no cookies: a cookie that a provider sets in
 * one user's answer would otherwise go out with the next user's calls. It does not follow
 * redirects (Boot's settings already refuse them; the chain element is left out too).
 * Connection state and authentication caching serve NTLM and proxies' challenges, which provider
 * calls do not use. What is left out was seen in a profile of the load bench (issue 9) as work on
 * every call. Compressed answers stay accepted and are decompressed, since some providers
 * (Stack Exchange) always compress; the size cap counts the decompressed bytes.
 */
final class ProviderHttpComponents {

	private ProviderHttpComponents() {
	}

	static HttpComponentsClientHttpRequestFactoryBuilder configure(HttpComponentsClientHttpRequestFactoryBuilder builder,
			RestSocialProperties.Http http) {
		int max = http.getMaxConnections();
		// Apache's defaults (5 connections per host, 25 in all) would queue concurrent logins, and
		// a call would wait up to 3 minutes for a pooled connection.
		return builder.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(max).setMaxConnTotal(max))
			.withDefaultRequestConfigCustomizer(
					(request) -> request.setConnectionRequestTimeout(Timeout.of(http.getConnectTimeout())))
			.withHttpClientCustomizer((client) -> client.disableCookieManagement()
				.disableRedirectHandling()
				.disableAuthCaching()
				.disableConnectionState()
				.addExecInterceptorFirst("rest-social-undrained", ProviderHttpComponents::execute));
	}

	private static ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
			throws IOException, HttpException {
		ClassicHttpResponse response = chain.proceed(request, scope);
		HttpEntity entity = response.getEntity();
		if (entity != null && entity.isStreaming()) {
			response.setEntity(new UndrainedEntity(entity, scope.execRuntime));
		}
		return response;
	}

	/**
	 * An answer whose unread rest is never read: closing it before its end drops the connection.
	 * Apache (and Spring's response on it) reads the rest of an answer on close so as to reuse
	 * the connection, which lets an answer over the size cap, or an endless one, hold the login.
	 */
	private static final class UndrainedEntity extends HttpEntityWrapper {

		private final ExecRuntime runtime;

		private InputStream content;

		private long read;

		private boolean ended;

		UndrainedEntity(HttpEntity entity, ExecRuntime runtime) {
			super(entity);
			this.runtime = runtime;
		}

		@Override
		public InputStream getContent() throws IOException {
			if (this.content == null) {
				this.content = new FilterInputStream(super.getContent()) {

					@Override
					public int read() throws IOException {
						int b = super.read();
						count((b < 0) ? -1 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = super.read(buffer, offset, length);
						count(n);
						return n;
					}

					@Override
					public void close() throws IOException {
						UndrainedEntity.this.close();
					}

				};
			}
			return this.content;
		}

		private void count(int n) {
			if (n < 0) {
				this.ended = true;
				return;
			}
			this.read += n;
			long length = getContentLength();
			this.ended = this.ended || (length >= 0 && this.read >= length);
		}

		@Override
		public void close() throws IOException {
			if (this.ended) {
				super.close();
			}
			else {
				this.runtime.discardEndpoint();
			}
		}

	}

}
