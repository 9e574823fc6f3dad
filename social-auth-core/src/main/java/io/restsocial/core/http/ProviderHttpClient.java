package io.restsocial.core.http;

import java.io.IOException;
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
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends every request a provider receives and turns transport failures into
 * {@link ProviderUnavailableException} (unreachable) or {@link ProviderTimeoutException}.
 * <p>
 * It never throws on an HTTP status: callers read the {@link ProviderResponse} and decide, since
 * what a 4xx means depends on the call. Timeouts are the {@link RestClient}'s, set by whoever
 * builds it.
 */
public final class ProviderHttpClient {

	private final RestClient restClient;

	/**
	 * Create a client that sends through the given {@link RestClient}.
	 * @param restClient the client, with its timeouts already configured
	 */
	public ProviderHttpClient(RestClient restClient) {
		Assert.notNull(restClient, "restClient cannot be null");
		this.restClient = restClient;
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
		RestClient.RequestBodySpec spec = this.restClient.method(method).uri(uri).headers(headers);
		if (form != null) {
			// Written as bytes rather than through the form converter, which logs the body (the
			// code and client secret) at DEBUG.
			byte[] body = encode(form);
			spec.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.contentLength(body.length)
				.body((output) -> output.write(body));
		}
		try {
			return spec.exchange((request, response) -> new ProviderResponse(response.getStatusCode(),
					HttpHeaders.copyOf(response.getHeaders()),
					StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			throw translate(provider, uri, ex);
		}
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

	private static RuntimeException translate(String provider, URI uri, ResourceAccessException ex) {
		// The URI is logged and shown without its query, which may carry a token.
		String target = uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
		if (isTimeout(ex)) {
			return new ProviderTimeoutException(provider, "Provider '" + provider + "' did not answer in time ("
					+ target + ")");
		}
		return new ProviderUnavailableException(provider,
				"Provider '" + provider + "' could not be reached (" + target + ")", rootMessage(ex));
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
