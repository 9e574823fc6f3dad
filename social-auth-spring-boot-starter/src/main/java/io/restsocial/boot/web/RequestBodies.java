package io.restsocial.boot.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.http.BoundedBody;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * Reads request bodies the way the endpoints take them, within a size: the content type, the
 * bytes, and form-encoded fields, parsed here rather than by the servlet container so that the
 * size limit holds for forms too.
 */
final class RequestBodies {

	private RequestBodies() {
	}

	/**
	 * The request's content type.
	 * @param request the request
	 * @return the type, or {@code null} when the request has none
	 * @throws UnsupportedContentTypeException when the header is not a media type or names an
	 * unknown charset
	 */
	static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (!StringUtils.hasText(header)) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(header);
			type.getCharset();
			return type;
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedContentTypeException(
					"The Content-Type header is not a media type with a known charset: send application/json "
							+ "or application/x-www-form-urlencoded (UTF-8)");
		}
	}

	static boolean isJson(MediaType type) {
		return type != null
				&& (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
	}

	static boolean isForm(MediaType type) {
		return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type);
	}

	/**
	 * Read the whole body, refusing one longer than the limit.
	 * @param request the request
	 * @param maxBodySize the most bytes to read
	 * @return the body
	 * @throws IOException when the body cannot be read
	 * @throws PayloadTooLargeException when the body is longer than the limit
	 */
	static byte[] read(HttpServletRequest request, long maxBodySize) throws IOException {
		if (request.getContentLengthLong() > maxBodySize) {
			throw new PayloadTooLargeException(maxBodySize);
		}
		InputStream input = request.getInputStream();
		byte[] body = BoundedBody.read(input, request.getContentLengthLong(), maxBodySize);
		if (body.length > maxBodySize) {
			throw new PayloadTooLargeException(maxBodySize);
		}
		return body;
	}

	/**
	 * Parse an {@code application/x-www-form-urlencoded} body; a name given twice keeps each
	 * value, in order.
	 * @param body the body
	 * @param type the content type, whose charset (UTF-8 by default) decodes the body
	 * @return the fields
	 * @throws InvalidRequestException when the body is not form-encoded
	 */
	static Map<String, List<String>> parseForm(byte[] body, MediaType type) {
		Charset charset = (type != null && type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		Map<String, List<String>> fields = new LinkedHashMap<>();
		if (body.length == 0) {
			return fields;
		}
		// Percent-encoded form bodies are ASCII; any other byte is taken in the declared charset.
		String text = new String(body, charset);
		try {
			for (String pair : text.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), charset);
				String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
				fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("The request body is not valid application/x-www-form-urlencoded",
					List.of(), null);
		}
		return fields;
	}

}
