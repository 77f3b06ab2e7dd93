package io.bella.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Twilio's Messages API as far as Bella uses it, for the fault benchmark: records every
 * message created ({@code POST .../Messages.json}) and answers like Twilio (201 with the
 * new message), and lists them ({@code GET .../Messages.json?To=...}) for Bella's lookup
 * of a text whose outcome it does not know. Everything else is answered 404. Bella reaches
 * it through {@code BELLA_TWILIO_API_BASE_URL}.
 */
final class FakeTwilio implements AutoCloseable {

	static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.US);

	private final HttpServer server;

	private final List<Message> messages = new CopyOnWriteArrayList<>();

	private FakeTwilio(HttpServer server) {
		this.server = server;
	}

	static FakeTwilio start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		FakeTwilio twilio = new FakeTwilio(server);
		server.createContext("/", twilio::handle);
		server.start();
		return twilio;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Every message created, in order. */
	List<Message> messages() {
		return List.copyOf(this.messages);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!path.equals("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json")) {
				answer(exchange, 404, "{\"code\": 20404, \"message\": \"The requested resource " + path
						+ " was not found\", \"status\": 404}");
			}
			else if (exchange.getRequestMethod().equals("POST")) {
				Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
						StandardCharsets.UTF_8));
				Message message = new Message("SM" + UUID.randomUUID().toString().replace("-", ""), form.get("To"),
						form.get("From"), form.get("Body"), ZonedDateTime.now(ZoneOffset.UTC));
				this.messages.add(message);
				answer(exchange, 201, message.json());
			}
			else {
				String to = form(exchange.getRequestURI().getRawQuery()).get("To");
				String listed = this.messages.stream()
					.filter((message) -> to == null || to.equals(message.to()))
					.map(Message::json)
					.collect(Collectors.joining(","));
				answer(exchange, 200, "{\"messages\": [" + listed + "], \"first_page_uri\": \"" + path
						+ "?PageSize=50&Page=0\", \"next_page_uri\": null, \"previous_page_uri\": null, "
						+ "\"page\": 0, \"page_size\": 50, \"uri\": \"" + path + "?PageSize=50&Page=0\"}");
			}
		}
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> form = new HashMap<>();
		if (encoded != null && !encoded.isEmpty()) {
			for (String pair : encoded.split("&")) {
				int equals = pair.indexOf('=');
				form.put(URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
						(equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A message Bella asked Twilio to send.
	 *
	 * @param sid the SID Twilio answered with
	 * @param to the recipient
	 * @param from the sender
	 * @param body the text
	 * @param created when it was created
	 */
	record Message(String sid, String to, String from, String body, ZonedDateTime created) {

		String json() {
			return "{\"sid\": \"" + this.sid + "\", \"account_sid\": \"" + ACCOUNT_SID + "\", \"to\": \""
					+ escape(this.to) + "\", \"from\": \"" + escape(this.from) + "\", \"body\": \"" + escape(this.body)
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\", \"num_segments\": \"1\", "
					+ "\"date_created\": \"" + RFC_2822.format(this.created) + "\", \"date_sent\": \""
					+ RFC_2822.format(this.created) + "\"}";
		}

		private static String escape(String value) {
			if (value == null) {
				return "";
			}
			StringBuilder escaped = new StringBuilder();
			for (char c : value.toCharArray()) {
				if (c == '"' || c == '\\') {
					escaped.append('\\').append(c);
				}
				else if (c < 0x20) {
					escaped.append(String.format("\\u%04x", (int) c));
				}
				else {
					escaped.append(c);
				}
			}
			return escaped.toString();
		}

	}

}
