package io.bella.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's operations as its OpenAPI document lists them, and the values an attacker or
 * a broken client sends them: shared by the security test and the fuzzer.
 */
final class HostileRequests {

	static final String KEY = BellaIntegrationTest.API_KEY;

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Strings that break parsers, databases, dates and numbers. */
	static final List<String> STRINGS = List.of("", " ", "'", "\"", "<script>alert(1)</script>", "\u0000", "a\u0000b",
			"\u0001\u001f", "\uD83D\uDE00", "é", "\uFFFF", "../../etc/passwd", "null", "-1", "0", "9223372036854775807",
			"9223372036854775808", "-9223372036854775809", "1e309", "NaN", "+999999999-12-31", "-999999999-01-01",
			"999999999-12-31", "2026-02-30", "2026-13-01", "0000-01-01", "2026-12-01T25:00:00Z",
			"+999999999-12-31T23:59:59.999999999-18:00", "-999999999-01-01T00:00:00+18:00", "+294277-01-01T00:00:00Z",
			"-4714-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-12-01T10:00", "2026-12-01",
			"P1D", "CA<>\"' x", "Robert'); DROP TABLE patient;--", "x".repeat(10_000), "1".repeat(400), "+1416555012",
			"+999999999999999999999");

	/** Values of every JSON type, for body fields. */
	static final List<String> JSON_VALUES = List.of("null", "true", "false", "1.5", "-1", "0", "9223372036854775808",
			"1e400", "-1e400", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\"\\u0000\"", "\"a\\u0000b\"");

	private HostileRequests() {
	}

	static JsonNode document(int port) {
		HttpClient http = HttpClient.newHttpClient();
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every operation under {@code /api} in the OpenAPI document.
	 */
	static List<Operation> operations(int port) {
		JsonNode document = document(port);
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					JsonNode schema = parameter.path("schema");
					parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
							schema.path("type").asString("string"), schema.path("format").asString("")));
				}
				JsonNode body = operation.getValue()
					.path("requestBody")
					.path("content")
					.path("application/json")
					.path("schema");
				JsonNode bodySchema = body.isMissingNode() ? null
						: document.path("components")
							.path("schemas")
							.path(body.path("$ref").asString("").replace("#/components/schemas/", ""));
				operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
						bodySchema));
			}
		}
		return operations;
	}

	/**
	 * Gives the fuzzer something to hit: a patient with a booked appointment.
	 * @return the start of another free slot, for plausible booking fields
	 */
	static String seed(int port) {
		ApiClient api = new ApiClient(port, KEY);
		long user = api.post("/api/users", "{\"name\":\"Grace Hopper\",\"phone\":\"416 555 0199\"}")
			.json()
			.get("id")
			.asLong();
		JsonNode slots = api.get("/api/availability/first?limit=2").json().get("slots");
		int booked = api
			.post("/api/appointments",
					"{\"user_id\":%d,\"starts_at\":\"%s\",\"duration_min\":30}".formatted(user,
							slots.get(0).get("starts_at").asString()))
			.status();
		if (booked != 201) {
			throw new IllegalStateException("could not book the fuzzer's appointment: " + booked);
		}
		return slots.get(1).get("starts_at").asString();
	}

	/**
	 * A provider and an appointment type of the fuzzer's own, keyed by
	 * {@code path#parameter} of the operations that name them.
	 */
	static Map<String, String> ownSetUp(int port) {
		ApiClient api = new ApiClient(port, KEY);
		String provider = api.post("/api/providers", "{\"name\":\"Fuzz Provider %d\"}".formatted(port))
			.json()
			.get("id")
			.asString();
		String type = api
			.post("/api/appointment-types",
					"{\"name\":\"fuzz %d\",\"duration_min\":30,\"provider_ids\":[%s]}".formatted(port, provider))
			.json()
			.get("id")
			.asString();
		Map<String, String> ids = new HashMap<>();
		for (String path : List.of("/api/providers/{id}", "/api/providers/{id}/weekly-hours",
				"/api/providers/{id}/exceptions", "/api/providers/{id}/exceptions/{exceptionId}")) {
			ids.put(path + "#id", provider);
		}
		ids.put("/api/appointment-types/{id}#id", type);
		return ids;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One parameter of an operation.
	 *
	 * @param name its name
	 * @param in {@code path} or {@code query}
	 * @param type its JSON schema type
	 * @param format its JSON schema format
	 */
	record Parameter(String name, String in, String type, String format) {

		/** A value that a correct client could send. */
		String plausible() {
			return switch (this.format) {
				case "date" -> "2026-12-08";
				case "date-time" -> "2026-12-08T15:00:00Z";
				default -> switch (this.type) {
					case "integer" -> "1";
					case "boolean" -> "true";
					default -> this.name.equals("from") ? "2026-12-08T15:00:00Z" : "x";
				};
			};
		}

	}

	/**
	 * One operation of the API.
	 *
	 * @param method the HTTP method
	 * @param path the path template
	 * @param parameters its path and query parameters
	 * @param bodySchema the JSON body's schema, or {@code null} without a body
	 */
	record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

		String target(Map<String, String> values) {
			String target = this.path;
			StringBuilder query = new StringBuilder();
			for (Parameter parameter : this.parameters) {
				String value = values.get(parameter.name());
				if ("path".equals(parameter.in())) {
					target = target.replace("{" + parameter.name() + "}", (value != null) ? value : "1");
				}
				else if (value != null) {
					query.append(query.isEmpty() ? "?" : "&")
						.append(encode(parameter.name()))
						.append('=')
						.append(value);
				}
			}
			return target + query;
		}

		RawHttp.Response send(int port, String key) {
			Map<String, String> headers = new HashMap<>();
			if (key != null) {
				headers.put("X-API-Key", key);
			}
			if (this.bodySchema != null) {
				headers.put("Content-Type", "application/json");
			}
			return RawHttp.send(port, this.method, target(Map.of()), headers, (this.bodySchema != null) ? "{}" : null);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
