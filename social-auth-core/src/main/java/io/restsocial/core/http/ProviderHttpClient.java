package io.restsocial.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import io.restsocial.core.error.ProviderTimeoutException;
import io.restsocial.core.error.ProviderUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends every request a provider receives and turns transport failures into
 * {@link ProviderUnavailableException} (unreachable) or {@link ProviderTimeoutException}.
 * <p>
 * It never throws on an HTTP status: callers read the {@link ProviderResponse} and decide, since
 * what a 4xx means depends on the call. Timeouts are the {@link RestClient}'s, set by whoever
 * builds it. An answer is read up to a size cap; a longer one is a
 * {@link ProviderUnavailableException}, so that a provider (or whatever answers in its name)
 * cannot make the server hold an unbounded body in memory.
 * <p>
 * Exception messages name the provider but not the URL called: they reach the caller's error
 * body, and the URL (host and path, never the query) is kept as the provider message, which is
 * logged and shown only with verbose errors.
 */
public final class ProviderHttpClient {

	/** The default cap on a provider's answer: 1 MiB. */
	public static final long DEFAULT_MAX_RESPONSE_SIZE = 1024 * 1024;

	private final RestClient restClient;

	private final long maxResponseSize;

	/**
	 * Create a client that sends through the given {@link RestClient} and reads answers of up
	 * to {@link #DEFAULT_MAX_RESPONSE_SIZE} bytes.
	 * @param restClient the client, with its timeouts already configured
	 */
	public ProviderHttpClient(RestClient restClient) {
		this(restClient, DEFAULT_MAX_RESPONSE_SIZE);
	}

	/**
	 * Create a client that sends through the given {@link RestClient}.
	 * @param restClient the client, with its timeouts already configured
	 * @param maxResponseSize the most bytes of a provider's answer body to read
	 */
	public ProviderHttpClient(RestClient restClient, long maxResponseSize) {
		Assert.notNull(restClient, "restClient cannot be null");
		Assert.isTrue(maxResponseSize > 0, "maxResponseSize must be positive");
		this.restClient = restClient;
		this.maxResponseSize = maxResponseSize;
	}

	/**
	 * The {@link RestClient} every call goes through, with its timeouts, for a client of a
	 * library (Spring Security's token response client) that sends its own requests. Such a
	 * caller reads answers with {@link #readResponse}, which keeps to {@link #maxResponseSize()},
	 * and turns a {@link ResourceAccessException} into {@link #transportFailure}.
	 * @return the client
	 */
	public RestClient restClient() {
		return this.restClient;
	}

	/**
	 * The most bytes of a provider's answer body that are read.
	 * @return the cap
	 */
	public long maxResponseSize() {
		return this.maxResponseSize;
	}

	/**
	 * Send a GET request.
	 * @param provider the provider name, for error messages
	 * @param uri the full URI, query included
	 * @param headers a callback to set request headers
	 * @return the provider's response
	 */
	public ProviderResponse get(String provider, URI uri, Consumer<HttpHeaders> headers) {
		return send(provider, HttpMethod.GET, uri, headers, null);
	}

	/**
	 * Send a form-encoded POST request.
	 * @param provider the provider name, for error messages
	 * @param uri the full URI
	 * @param headers a callback to set request headers
	 * @param form the form fields
	 * @return the provider's response
	 */
	public ProviderResponse postForm(String provider, URI uri, Consumer<HttpHeaders> headers,
			MultiValueMap<String, String> form) {
		return send(provider, HttpMethod.POST, uri, headers, form);
	}

	/**
	 * Send a POST request without a body (RPC-style user endpoints such as Dropbox's).
	 * @param provider the provider name, for error messages
	 * @param uri the full URI
	 * @param headers a callback to set request headers
	 * @return the provider's response
	 */
	public ProviderResponse post(String provider, URI uri, Consumer<HttpHeaders> headers) {
		return send(provider, HttpMethod.POST, uri, headers, null);
	}

	private ProviderResponse send(String provider, HttpMethod method, URI uri, Consumer<HttpHeaders> headers,
			MultiValueMap<String, String> form) {
		HttpHeaders requestHeaders = new HttpHeaders();
		headers.accept(requestHeaders);
		if (!sendable(requestHeaders)) {
			// A value the provider answered, sent back in a header (an access token with a line
			// break or a non-ASCII character): refused here, since not every HTTP client refuses
			// it, and one that sends it lets the provider's answer add headers of its own.
			throw new ProviderUnavailableException(provider,
					"Provider '" + provider + "' answered a value that cannot be sent back to it", target(uri));
		}
		RestClient.RequestBodySpec spec = this.restClient.method(method)
			.uri(uri)
			.headers((sent) -> sent.addAll(requestHeaders));
		if (form != null) {
			// Written as bytes rather than through the form converter, which logs the body (the
			// code and client secret) at DEBUG.
			byte[] body = encode(form);
			spec.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.contentLength(body.length)
				.body((output) -> output.write(body));
		}
		try {
			return spec.exchange((request, response) -> readResponse(provider, uri, response.getStatusCode(),
					response.getHeaders(), response.getBody()));
		}
		catch (ResourceAccessException ex) {
			throw transportFailure(provider, uri, ex);
		}
	}

	// Visible ASCII, spaces and tabs only (RFC 9110 section 5.5, without obs-text).
	private static boolean sendable(HttpHeaders headers) {
		for (String name : headers.headerNames()) {
			for (String value : headers.getOrEmpty(name)) {
				for (int i = 0; i < value.length(); i++) {
					char c = value.charAt(i);
					if ((c < 0x20 && c != '\t') || c >= 0x7f) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * Read a provider's answer as every call of this client reads it: at most
	 * {@link #maxResponseSize()} bytes of body, a longer one being a
	 * {@link ProviderUnavailableException}.
	 * @param provider the provider name, for error messages
	 * @param uri the URI called, for the logged message, or {@code null}
	 * @param status the answer's status
	 * @param headers the answer's headers
	 * @param body the answer's body
	 * @return the answer
	 * @throws IOException when the body cannot be read
	 */
	public ProviderResponse readResponse(String provider, URI uri, HttpStatusCode status, HttpHeaders headers,
			InputStream body) throws IOException {
		return new ProviderResponse(status, HttpHeaders.copyOf(headers), read(provider, uri, headers, body));
	}

	private String read(String provider, URI uri, HttpHeaders headers, InputStream body) throws IOException {
		if (headers.getContentLength() > this.maxResponseSize) {
			throw tooLarge(provider, uri);
		}
		byte[] bytes = BoundedBody.read(body, headers.getContentLength(), this.maxResponseSize);
		if (bytes.length > this.maxResponseSize) {
			throw tooLarge(provider, uri);
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private ProviderUnavailableException tooLarge(String provider, URI uri) {
		return new ProviderUnavailableException(provider, "Provider '" + provider + "' answered with more than "
				+ this.maxResponseSize + " bytes", (uri != null) ? target(uri) : null);
	}

	private static byte[] encode(MultiValueMap<String, String> form) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, values) -> values.forEach((value) -> {
			body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}));
		return body.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The exception a transport failure of a call to a provider becomes: a
	 * {@link ProviderTimeoutException} when it timed out, else a
	 * {@link ProviderUnavailableException}; neither names the query of the URI.
	 * @param provider the provider name
	 * @param uri the URI called
	 * @param ex the failure
	 * @return the exception to throw
	 */
	public static RuntimeException transportFailure(String provider, URI uri, ResourceAccessException ex) {
		if (isTimeout(ex)) {
			return new ProviderTimeoutException(provider, "Provider '" + provider + "' did not answer in time",
					target(uri));
		}
		return new ProviderUnavailableException(provider, "Provider '" + provider + "' could not be reached",
				target(uri) + ": " + rootMessage(ex));
	}

	// The URI without its query, which may carry a token.
	private static String target(URI uri) {
		return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
					|| t instanceof InterruptedIOException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root instanceof IOException) ? root.getClass().getSimpleName() + ": " + root.getMessage()
				: root.getClass().getSimpleName();
	}

}
