package io.restsocial.boot.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.boot.problem.SocialProblems;
import io.restsocial.core.error.InvalidRequestException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.Assert;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the bodies of rest-social-auth's endpoints before anything reads them, Spring
 * Security's filters included: a declared {@code Content-Length} over the limit is answered 413
 * unread; any other body is read through a stream that fails once the limit is passed (a chunked
 * body is cut off there), and form fields are parsed from that stream rather than by the servlet
 * container. A multipart body, or a {@code Content-Type} that is not a media type with a known
 * charset, is answered 415 before Spring MVC's multipart support tries to parse it.
 * <p>
 * Answers are {@code application/problem+json} with {@code error} and {@code fields}, as the
 * {@link SocialAuthExceptionHandler}'s are. The auto-configuration registers it for the starter's
 * own paths only, ahead of Spring Security's filter chain.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

	/** The filter's order: before Spring Security's filter chain (-100) and its form parsing. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

	private final long maxBodySize;

	/**
	 * Create the filter.
	 * @param maxBodySize the most bytes of a body to read
	 */
	public RequestLimitsFilter(long maxBodySize) {
		Assert.isTrue(maxBodySize > 0, "maxBodySize must be positive");
		this.maxBodySize = maxBodySize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			MediaType type = RequestBodies.contentType(request);
			if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
				throw new UnsupportedContentTypeException("Multipart bodies are not read here: "
						+ "send application/json or application/x-www-form-urlencoded");
			}
			if (request.getContentLengthLong() > this.maxBodySize) {
				throw new PayloadTooLargeException(this.maxBodySize);
			}
		}
		catch (InvalidRequestException ex) {
			refuse(request, response, ex);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, this.maxBodySize), response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// What the endpoints' exception handler did not answer: a filter read too much.
			InvalidRequestException cause = find(ex);
			if (cause == null || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response, cause);
		}
	}

	private static InvalidRequestException find(Throwable ex) {
		boolean unreadable = false;
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof InvalidRequestException invalid) {
				return invalid;
			}
			unreadable |= t instanceof HttpMessageNotReadableException;
		}
		// A filter of the application's (Spring's FormContentFilter on PUT, PATCH and DELETE, say)
		// could not read the body: the client's fault, whatever the endpoint would have done.
		return unreadable ? new InvalidRequestException("The request body could not be read", List.of(), null)
				: null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, InvalidRequestException ex)
			throws IOException {
		ProblemDetail problem = SocialProblems.problem(ex, ex.getMessage());
		problem.setInstance(URI.create(request.getRequestURI()));
		if (problem.getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			// The rest of the body is not read: the connection cannot carry another request.
			response.setHeader("Connection", "close");
		}
		SocialProblems.write(response, problem);
	}

	/**
	 * A request whose body reads fail past the limit, and whose form fields come from that body.
	 */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBodySize;

		private ServletInputStream input;

		private byte[] formBody;

		private Map<String, String[]> parameters;

		LimitedRequest(HttpServletRequest request, long maxBodySize) {
			super(request);
			this.maxBodySize = maxBodySize;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.input == null) {
				this.input = (this.formBody != null)
						? new Input(new ByteArrayInputStream(this.formBody), Long.MAX_VALUE)
						: new Input(super.getInputStream(), this.maxBodySize);
			}
			return this.input;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters().get(name);
		}

		private Map<String, String[]> parameters() {
			if (this.parameters == null) {
				MediaType type = RequestBodies.contentType(this);
				if (!RequestBodies.isForm(type) || this.input != null) {
					// No form, or its body is the reader's: the container parses the query string only.
					return containerParameters();
				}
				byte[] body;
				try {
					body = RequestBodies.read(this, this.maxBodySize);
				}
				catch (IOException ex) {
					throw new InvalidRequestException("The request body could not be read", List.of(), ex);
				}
				Map<String, String[]> merged = new LinkedHashMap<>(containerParameters());
				RequestBodies.parseForm(body, type).forEach((name, values) -> merged.merge(name,
						values.toArray(String[]::new), RequestLimitsFilter::concat));
				// The body is read again, from memory, by whoever asks for it next.
				this.formBody = body;
				this.input = null;
				this.parameters = Collections.unmodifiableMap(merged);
			}
			return this.parameters;
		}

		private Map<String, String[]> containerParameters() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException ex) {
				// Tomcat 11 throws (InvalidParameterException) on a query string it cannot decode.
				throw new InvalidRequestException("The query string is not validly percent-encoded", List.of(), ex);
			}
		}

	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	/**
	 * A stream that fails with {@link PayloadTooLargeException} once more than its limit is read.
	 */
	private static final class Input extends ServletInputStream {

		private final InputStream delegate;

		private final long limit;

		private long count;

		private boolean finished;

		Input(InputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b < 0) {
				this.finished = true;
			}
			else {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n < 0) {
				this.finished = true;
			}
			else {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.count += n;
			if (this.count > this.limit) {
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.finished;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("Asynchronous reads are not supported here");
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

	}

}
