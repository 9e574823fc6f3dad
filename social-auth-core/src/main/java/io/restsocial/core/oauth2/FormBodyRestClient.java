package io.restsocial.core.oauth2;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Wraps a {@link RestClient} so that a form body is written as bytes rather than through the form
 * converter: {@code RestClient} logs a body it converts at DEBUG, and a token request's form
 * carries the code, the PKCE verifier and the client secret. Spring's token response client
 * hands its parameters to {@code body(Object)}; the wrapper turns that call into
 * {@code body(StreamingHttpOutputMessage.Body)}, which is not logged, as
 * {@link io.restsocial.core.http.ProviderHttpClient} writes its own forms.
 * <p>
 * It also turns {@code uri(String)} without variables, the token endpoint's URL, into
 * {@code uri(URI)} with the URI parsed once: {@code RestClient} would otherwise expand it as a
 * template on every login (3% of the app's time in the load bench's profile). A URL that is not
 * a plain URI, or has variables, is left to the template.
 */
final class FormBodyRestClient {

	// The token endpoints of the configured providers: a handful, from configuration.
	private static final int MAX_URIS = 1024;

	private static final Map<String, URI> URIS = new ConcurrentHashMap<>();

	private FormBodyRestClient() {
	}

	/**
	 * Wrap a client.
	 * @param client the client
	 * @return the client whose request specs write form bodies as bytes
	 */
	static RestClient wrap(RestClient client) {
		return (RestClient) Proxy.newProxyInstance(RestClient.class.getClassLoader(),
				new Class<?>[] { RestClient.class }, (proxy, method, args) -> {
					Object result = invoke(method, client, args);
					return (result instanceof RestClient.RequestBodyUriSpec spec) ? wrap(spec) : result;
				});
	}

	private static RestClient.RequestBodyUriSpec wrap(RestClient.RequestBodyUriSpec spec) {
		return (RestClient.RequestBodyUriSpec) Proxy.newProxyInstance(RestClient.class.getClassLoader(),
				new Class<?>[] { RestClient.RequestBodyUriSpec.class }, (proxy, method, args) -> {
					Object result;
					URI uri = plainUri(method, args);
					if (uri != null) {
						result = spec.uri(uri);
					}
					else if (method.getName().equals("body") && args != null && args.length == 1
							&& args[0] instanceof MultiValueMap<?, ?> form) {
						byte[] body = encode(form);
						spec.contentType(MediaType.APPLICATION_FORM_URLENCODED).contentLength(body.length);
						result = spec.body((StreamingHttpOutputMessage.Body) (output) -> output.write(body));
					}
					else {
						result = invoke(method, spec, args);
					}
					// The specs are fluent: whatever answers the spec itself answers this proxy.
					return (result == spec) ? proxy : result;
				});
	}

	// uri(String, Object...) with no variables and a URL that is already a plain URI.
	private static URI plainUri(Method method, Object[] args) {
		if (!method.getName().equals("uri") || args == null || args.length != 2
				|| !(args[0] instanceof String template) || !(args[1] instanceof Object[] variables)
				|| variables.length != 0 || template.indexOf('{') >= 0) {
			return null;
		}
		URI known = URIS.get(template);
		if (known != null) {
			return known;
		}
		URI uri;
		try {
			uri = new URI(template);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		if (!uri.isAbsolute()) {
			return null;
		}
		if (URIS.size() < MAX_URIS) {
			URIS.put(template, uri);
		}
		return uri;
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static byte[] encode(MultiValueMap<?, ?> form) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, values) -> values.forEach((value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(String.valueOf(name), StandardCharsets.UTF_8))
			.append('=')
			.append((value != null) ? URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8) : "")));
		return body.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
