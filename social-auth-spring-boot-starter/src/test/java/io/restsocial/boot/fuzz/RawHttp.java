package io.restsocial.boot.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a test can send what no well-behaved client would: raw
 * paths, malformed headers, bodies whose length or encoding lie. One request per connection.
 */
final class RawHttp {

	/** The status of a connection the server closed without an answer. */
	static final int CLOSED = 0;

	private RawHttp() {
	}

	/**
	 * Send one request and read the whole answer.
	 * @param port the server's port on loopback
	 * @param method the method
	 * @param target the request target, sent as it is
	 * @param headers the headers, sent as they are (Host and Connection are added)
	 * @param body the body, or an empty array
	 * @return the answer
	 * @throws IOException when the exchange fails
	 */
	static Response send(int port, String method, String target, List<String[]> headers, byte[] body)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(15000);
			StringBuilder head = new StringBuilder();
			head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			head.append("Host: localhost:").append(port).append("\r\n");
			head.append("Connection: close\r\n");
			for (String[] header : headers) {
				head.append(header[0]).append(": ").append(header[1]).append("\r\n");
			}
			head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
			}
			catch (SocketException ex) {
				// The server answered and closed before reading all of it (a head or body too large):
				// its answer is still there to read.
			}
			return read(socket.getInputStream());
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		try {
			while ((n = in.read(buffer)) != -1) {
				all.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			// A server may reset a connection after answering a request it refused to read.
			if (all.size() == 0) {
				throw ex;
			}
		}
		String text = all.toString(StandardCharsets.ISO_8859_1);
		if (text.isEmpty()) {
			return new Response(CLOSED, Map.of(), "");
		}
		int end = text.indexOf("\r\n\r\n");
		if (end < 0 || !text.startsWith("HTTP/1.1 ")) {
			throw new IOException("Not an HTTP answer: " + text.substring(0, Math.min(200, text.length())));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
			}
		}
		byte[] raw = all.toByteArray();
		String body = new String(raw, end + 4, raw.length - end - 4, StandardCharsets.UTF_8);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, body);
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			String sizeText = chunked.substring(at, lineEnd).split(";")[0].strip();
			int size;
			try {
				size = Integer.parseInt(sizeText, 16);
			}
			catch (NumberFormatException ex) {
				break;
			}
			if (size == 0) {
				break;
			}
			int start = lineEnd + 2;
			// Sizes count bytes; the test bodies are ASCII (JSON escapes the rest), so chars will do.
			body.append(chunked, start, Math.min(chunked.length(), start + size));
			at = start + size + 2;
		}
		return body.toString();
	}

	/**
	 * An answer.
	 *
	 * @param status the status
	 * @param headers the headers, names in lower case
	 * @param body the body as text
	 */
	record Response(int status, Map<String, String> headers, String body) {

		String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

	}

}
