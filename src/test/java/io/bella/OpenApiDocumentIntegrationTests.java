package io.bella;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is a contract: the served document is the checked-in copy
 * {@code docs/openapi.json} (run with {@code -Dbella.docs.update=true} to rewrite the
 * copy after a change of the API), and it keeps the promises integrators rely on.
 */
@BellaIntegrationTest
class OpenApiDocumentIntegrationTests {

	static final Path CHECKED_IN = Path.of("docs/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	JsonNode served;

	@BeforeEach
	void fetch() {
		Response response = new ApiClient(this.port, null).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		this.served = response.json();
	}

	@Test
	void theServedDocumentIsTheCheckedInCopy() throws IOException {
		if (Boolean.getBoolean("bella.docs.update")) {
			Files.writeString(CHECKED_IN, JSON.writeValueAsString(this.served) + "\n");
		}
		JsonNode checkedIn = JSON.readTree(Files.readString(CHECKED_IN));
		assertThat(checkedIn)
			.as("docs/openapi.json is stale: run ./mvnw verify -Dtest=none "
					+ "-Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiDocumentIntegrationTests "
					+ "-Dbella.docs.update=true")
			.isEqualTo(this.served);
	}

	@Test
	void everyOperationIsNamedTaggedAndAnswersItsErrorsAsProblemDetails() {
		operations().forEach((name, operation) -> {
			assertThat(operation.path("operationId").asString("")).as(name).matches("[a-z][A-Za-z]+");
			assertThat(operation.path("tags")).as(name).hasSize(1);
			operation.path("responses").properties().forEach((response) -> {
				if (response.getKey().startsWith("4")) {
					assertThat(problemSchema(response.getValue())).as(name + " " + response.getKey())
						.isEqualTo("#/components/schemas/Problem");
				}
			});
		});
	}

	@Test
	void onlyHealthTheTwilioWebhooksAndTheCalendarFeedAreOpenWithoutTheKey() {
		List<String> open = new ArrayList<>();
		operations().forEach((name, operation) -> {
			JsonNode security = operation.path("security");
			if (security.isArray() && security.isEmpty()) {
				open.add(name);
			}
			else {
				assertThat(operation.path("responses").has("401")).as(name).isTrue();
			}
		});
		assertThat(open).containsExactlyInAnyOrder("GET /healthz", "POST /twilio/voice", "POST /twilio/gather",
				"POST /twilio/dial", "POST /twilio/status", "POST /twilio/recording", "POST /twilio/sms",
				"POST /twilio/sms-status", "GET /calendar/{token}.ics");
		assertThat(this.served.path("security").get(0).has("apiKey")).isTrue();
	}

	@Test
	void twilioFieldsAreFormFields() {
		JsonNode gather = this.served.path("paths").path("/twilio/gather").path("post");
		JsonNode form = gather.path("requestBody").path("content").path("application/x-www-form-urlencoded");

		assertThat(form.path("schema").path("properties").propertyNames()).contains("CallSid", "SpeechResult",
				"Confidence");
		List<String> parameters = new ArrayList<>();
		gather.path("parameters")
			.forEach((parameter) -> parameters
				.add(parameter.path("in").asString() + " " + parameter.path("name").asString()));
		assertThat(parameters).containsExactlyInAnyOrder("query turn", "header X-Twilio-Signature");
	}

	@Test
	void listsArePagedTheSameWay() {
		for (String path : List.of("/api/appointments", "/api/users", "/api/calls", "/api/callbacks")) {
			JsonNode list = this.served.path("paths").path(path).path("get");
			JsonNode size = parameter(list, "size").path("schema");
			assertThat(size.path("default").asInt()).as(path).isEqualTo(50);
			assertThat(size.path("maximum").asInt()).as(path).isEqualTo(200);
			assertThat(parameter(list, "page").path("schema").path("minimum").asInt()).as(path).isZero();
			String page = list.path("responses")
				.path("200")
				.path("content")
				.path("application/json")
				.path("schema")
				.path("$ref")
				.asString()
				.replace("#/components/schemas/", "");
			assertThat(this.served.path("components").path("schemas").path(page).path("properties").propertyNames())
				.as(path)
				.containsExactlyInAnyOrder("items", "page", "size", "total");
		}
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		this.served.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> operations
					.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue())));
		assertThat(operations).hasSizeGreaterThan(30);
		return operations;
	}

	private String problemSchema(JsonNode response) {
		JsonNode resolved = response;
		if (response.has("$ref")) {
			resolved = this.served.path("components")
				.path("responses")
				.path(response.get("$ref").asString().replace("#/components/responses/", ""));
		}
		return resolved.path("content").path("application/problem+json").path("schema").path("$ref").asString("");
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("name").asString("").equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name);
	}

}
