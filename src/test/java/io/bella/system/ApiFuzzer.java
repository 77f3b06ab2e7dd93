package io.bella.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.bella.RawHttp;
import tools.jackson.databind.JsonNode;

/**
 * Walks the OpenAPI document and sends every operation hostile values, seeded and
 * bounded: wrong types, extreme dates and numbers, control characters, huge strings,
 * broken escapes, odd content types. Whatever it sends, an answer must never be a 5xx,
 * every error must be a problem detail, and no error may echo the input without limit.
 */
final class ApiFuzzer {

	static final int MAX_ERROR_BODY = 4096;

	private static final List<String> CONTENT_TYPES = List.of("*/*", "multipart/form-data",
			"multipart/form-data; boundary=x", "text/plain", "application/json; charset=klingon",
			"application/x-www-form-urlencoded", "application/xml", "application/json;;", "");

	private static final List<String> ACCEPTS = List.of("text/html", "image/png", "application/xml", "*/*",
			"application/json;q=0", ";;;", "text/*", "application/problem+xml");

	private final int port;

	private final Random random;

	private final List<String> violations = new ArrayList<>();

	private final String start;

	private int sent;

	// the ids a plausible set-up request names: the fuzzer's own provider and type, so
	// that a request that gets through changes nothing the other tests rely on
	private final Map<String, String> ownIds;

	/**
	 * @param port the server's port
	 * @param seed the seed: the same seed sends the same requests
	 * @param start a time a valid booking could take, for the plausible fields
	 */
	ApiFuzzer(int port, long seed, String start) {
		this.port = port;
		this.random = new Random(seed);
		this.start = start;
		this.ownIds = HostileRequests.ownSetUp(port);
	}

	/**
	 * Sends {@code rounds} hostile variations of every operation, then the hand-picked
	 * attacks on the transport.
	 * @return what broke the rules, one line each
	 */
	List<String> run(int rounds) {
		for (HostileRequests.Operation operation : HostileRequests.operations(this.port)) {
			for (int round = 0; round < rounds; round++) {
				sendVariation(operation);
			}
		}
		sendTransportAttacks();
		return this.violations;
	}

	int sent() {
		return this.sent;
	}

	private void sendVariation(HostileRequests.Operation operation) {
		Map<String, String> values = new LinkedHashMap<>();
		for (HostileRequests.Parameter parameter : operation.parameters()) {
			if ("path".equals(parameter.in()) || this.random.nextInt(10) < 6) {
				String plausible = ("path".equals(parameter.in()))
						? this.ownIds.getOrDefault(operation.path() + "#" + parameter.name(), parameter.plausible())
						: parameter.plausible();
				values.put(parameter.name(), HostileRequests
					.encode((this.random.nextInt(10) < 7) ? pick(HostileRequests.STRINGS) : plausible));
			}
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-API-Key", HostileRequests.KEY);
		String body = null;
		if (operation.bodySchema() != null) {
			headers.put("Content-Type", "application/json");
			body = body(operation.bodySchema());
		}
		if (this.random.nextInt(8) == 0) {
			headers.put("Content-Type", pick(CONTENT_TYPES));
		}
		if (this.random.nextInt(8) == 0) {
			headers.put("Accept", pick(ACCEPTS));
		}
		send(operation.method(), operation.target(values), headers, body);
	}

	private String body(JsonNode schema) {
		switch (this.random.nextInt(12)) {
			case 0:
				return "{";
			case 1:
				return "[]";
			case 2:
				return "{\"a\":1} trailing";
			case 3:
				return "[".repeat(3000) + "]".repeat(3000);
			default:
				break;
		}
		// one hostile field among plausible ones, so that the hostile value travels as
		// deep as a valid request would (into the service and the database)
		List<String> names = new ArrayList<>();
		schema.path("properties").propertyNames().forEach(names::add);
		String hostile = names.isEmpty() ? null : pick(names);
		StringBuilder json = new StringBuilder("{");
		for (String name : names) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(name.equals(hostile) ? hostileValue() : plausible(name));
		}
		return json.append('}').toString();
	}

	private String hostileValue() {
		int dice = this.random.nextInt(20);
		if (dice < 7) {
			return pick(HostileRequests.JSON_VALUES);
		}
		if (dice == 7) {
			return HostileRequests.JSON.writeValueAsString("x".repeat(1 << 16));
		}
		return HostileRequests.JSON.writeValueAsString(pick(HostileRequests.STRINGS));
	}

	private String plausible(String field) {
		return switch (field) {
			case "name" -> "\"Ada Lovelace\"";
			case "phone" -> "\"416 555 0123\"";
			case "email" -> "\"ada@example.com\"";
			case "user_id", "provider_id", "appointment_type" -> "1";
			case "duration_min" -> "30";
			case "starts_at", "reference_time" -> "\"" + this.start + "\"";
			case "timezone" -> "\"America/Toronto\"";
			case "expect" -> "\"date\"";
			case "text" -> "\"a cleaning next tuesday at 10\"";
			default -> "\"fine\"";
		};
	}

	private void sendTransportAttacks() {
		Map<String, String> key = Map.of("X-API-Key", HostileRequests.KEY);
		Map<String, String> json = Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "application/json");
		send("GET", "/api/users/%zz", key, null);
		send("GET", "/api/users?phone=%zz", key, null);
		send("GET", "/api/users?phone=%", key, null);
		send("GET", "/api/calls/%E0%80%80", key, null);
		send("GET", "/api/appointments?" + "status=booked&".repeat(1500), key, null);
		send("GET", "/api/users?phone=" + "9".repeat(7000), key, null);
		send("DELETE", "/api/users", key, null);
		send("PUT", "/api/appointments/1", key, "{}");
		send("TRACE", "/api/users", key, null);
		send("GET", "/api/users", Map.of("X-API-Key", HostileRequests.KEY, "Accept", "image/png"), null);
		send("POST", "/api/users", Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "text/plain"), "hello");
		send("POST", "/api/users", Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "*/*"),
				"{\"name\":\"A B\",\"phone\":\"4165550123\"}");
		// a form whose parameter name Spring Security's firewall refuses (a 500 once)
		send("POST", "/api/users",
				Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "application/x-www-form-urlencoded"),
				"{\"name\":\"\uffff\"}");
		send("POST", "/api/users",
				Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "multipart/form-data; boundary=b"),
				"--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nA\r\n--b--\r\n");
		send("POST", "/api/users", Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "application/json"),
				"{\"name\":\"" + "x".repeat(1 << 20) + "\",\"phone\":\"4165550123\"}");
		send("POST", "/api/assistant/extract-appointment",
				Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "application/json"),
				"{\"text\":\"tomorrow\",\"timezone\":\"" + "x".repeat(1 << 20) + "\"}");
		send("POST", "/api/users", Map.of("X-API-Key", HostileRequests.KEY, "Content-Type", "application/json"),
				"{\"name\":\"Ada\\u0000Lovelace\",\"phone\":\"4165550123\"}");
		send("GET", "/api/calls/%00", key, null);
		send("GET", "/api/calls/CA%3C%22%27%20x", key, null);
		send("GET", "/api/users?phone=%00", key, null);
		for (String year : List.of("%2B999999999-12-31", "-999999999-01-01", "%2B294277-01-01", "-4714-11-24")) {
			send("GET", "/api/availability?date=" + year, key, null);
			send("GET", "/api/availability?date=2026-12-08&to=" + year, key, null);
			send("GET", "/api/availability/first?from=" + year, key, null);
			send("GET", "/api/appointments?from=" + year + "&to=" + year + "T00:00:00Z", key, null);
			send("GET", "/api/calls?from=" + year + "T00:00:00Z", key, null);
			send("POST", "/api/appointments", json, "{\"user_id\":1,\"starts_at\":\"" + year.replace("%2B", "+")
					+ "T10:00:00-05:00\",\"duration_min\":30}");
		}
		send("POST", "/api/appointments", json,
				"{\"user_id\":1,\"starts_at\":\"" + this.start + "\",\"duration_min\":30,\"notes\":\"a\\u0000b\"}");
		send("POST", "/api/appointments/1/cancel", json, "{\"reason\":\"a\\u0000b\"}");
		send("POST", "/api/appointments/1/reschedule", json, "{\"starts_at\":\"+999999999-12-31T10:00:00Z\"}");
		send("GET", "/api/availability?date=" + "1".repeat(1 << 14), key, null);
	}

	private void send(String method, String target, Map<String, String> headers, String body) {
		this.sent++;
		RawHttp.Response response = RawHttp.send(this.port, method, target, headers, body);
		String request = method + " " + abbreviate(target) + " " + abbreviate(headers.toString()) + " "
				+ abbreviate(body);
		if (response.status() >= 500) {
			this.violations.add(response.status() + " for " + request);
		}
		else if (response.status() >= 400 && !"HEAD".equals(method)) {
			if (!response.contentType().startsWith("application/problem+json")) {
				this.violations.add(response.status() + " as '" + response.contentType() + "' for " + request);
			}
			if (response.body().length() > MAX_ERROR_BODY) {
				this.violations.add(response.body().length() + " characters of error for " + request);
			}
		}
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() > 120) ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
	}

}
