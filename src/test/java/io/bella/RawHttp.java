package io.bella;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests byte for byte as written, over a plain socket: hostile spellings that
 * well-behaved HTTP clients refuse to send or normalise away (a broken {@code %} escape,
 * {@code ;} parameters, encoded dots).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends one request with {@code Connection: close} and reads the whole answer.
	 * @param port the server's port
	 * @param method the method
	 * @param target the request target exactly as it goes on the wire
	 * @param headers extra header lines ({@code Name: value})
	 * @param body the body, or {@code null}
	 * @return the answer
	 */
	public static Response send(int port, String method, String target, Map<String, String> headers, String body) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			// no "Connection: close": on a kept-alive connection Tomcat reads the rest of
			// a
			// body it refused before closing, instead of resetting the connection under
			// the
			// answer; the answer is read by its length
			head.append("Host: localhost:").append(port).append("\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			try {
				OutputStream out = socket.getOutputStream();
				out.write(head.toString().getBytes(StandardCharsets.UTF_8));
				out.write(content);
				out.flush();
			}
			catch (IOException ex) {
				// a server may answer (a refusal) and close before it has read the whole
				// body: what it answered is still there to read
			}
			return read(new BufferedInputStream(socket.getInputStream()), "HEAD".equals(method));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Response get(int port, String target, Map<String, String> headers) {
		return send(port, "GET", target, headers, null);
	}

	private static Response read(InputStream in, boolean head) throws IOException {
		ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
		int matched = 0;
		int c;
		while (matched < 4 && (c = in.read()) != -1) {
			headBytes.write(c);
			matched = (c == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((c == '\r') ? 1 : 0);
		}
		String[] lines = headBytes.toString(StandardCharsets.UTF_8).split("\r\n");
		if (lines.length == 0 || lines[0].isBlank()) {
			throw new IOException("the server closed the connection without an answer");
		}
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
		}
		byte[] body;
		if (head || status == 204 || status == 304) {
			body = new byte[0];
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(in);
		}
		else if (headers.containsKey("content-length")) {
			body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
		}
		else {
			body = in.readAllBytes();
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = (size.length() > 0) ? Integer.parseInt(size.toString().split(";")[0].trim(), 16) : 0;
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.read();
			in.read();
		}
	}

	/**
	 * An answer as it came back.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case
	 * @param body the body (de-chunked)
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		public String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

	}

}
