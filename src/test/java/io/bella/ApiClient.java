package io.bella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for whole-service tests: sends JSON with an API key and reads
 * status, content type and JSON body.
 */
public class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String apiKey;

	public ApiClient(int port, String apiKey) {
		this.base = "http://localhost:" + port;
		this.apiKey = apiKey;
	}

	public Response get(String path) {
		return send(builder(path).GET(), this.apiKey);
	}

	public Response get(String path, String apiKey) {
		return send(builder(path).GET(), apiKey);
	}

	public Response post(String path, String json) {
		return send("POST", path, json);
	}

	public Response put(String path, String json) {
		return send("PUT", path, json);
	}

	public Response patch(String path, String json) {
		return send("PATCH", path, json);
	}

	public Response delete(String path) {
		return send(builder(path).DELETE(), this.apiKey);
	}

	private Response send(String method, String path, String json) {
		return send(builder(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)), this.apiKey);
	}

	private HttpRequest.Builder builder(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	private Response send(HttpRequest.Builder request, String apiKey) {
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Location").orElse(null));
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
	 * A response as a test sees it.
	 *
	 * @param status HTTP status
	 * @param contentType the Content-Type header
	 * @param body the raw body
	 * @param location the Location header, if any
	 */
	public record Response(int status, String contentType, String body, String location) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
