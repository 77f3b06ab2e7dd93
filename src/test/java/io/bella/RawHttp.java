package io.bella;

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
			head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Response get(int port, String target, Map<String, String> headers) {
		return send(port, "GET", target, headers, null);
	}

	private static Response parse(byte[] raw) throws IOException {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, (end >= 0) ? end : text.length()).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
		}
		String body = (end >= 0) ? text.substring(end + 4) : "";
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, body);
	}

	private static String dechunk(String chunked) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
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
				return out.toString(StandardCharsets.UTF_8);
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
