package io.bella.extraction;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bella.api.key=extraction-test-key",
		"bella.extraction.mode=rules",
		"spring.datasource.url=jdbc:h2:mem:extraction-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class ExtractionApiIntegrationTests {

	private static final String KEY = "extraction-test-key";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void extractAppointmentResolvesTomorrowAtTwoInTheRequestedZone() throws Exception {
		HttpResponse<String> response = post(KEY, Map.of("text", "I need an appointment tomorrow at 2pm",
				"reference_time", "2026-03-06T10:00:00-05:00", "timezone", "America/Toronto"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.path("intent").asString()).isEqualTo("book");
		assertThat(body.path("date").asString()).isEqualTo("2026-03-07");
		assertThat(body.path("time").asString()).isEqualTo("14:00");
		assertThat(body.path("starts_at").asString()).isEqualTo("2026-03-07T14:00:00-05:00");
		assertThat(body.path("time_window").isNull()).isTrue();
		assertThat(body.path("name").isNull()).isTrue();
		assertThat(body.path("phone").isNull()).isTrue();
		assertThat(body.path("confidence").isNumber()).isTrue();
		assertThat(body.has("normalized_text")).isTrue();
	}

	@Test
	void extractAppointmentCountsFromTheReferenceTimeInTheClinicsZoneByDefault() throws Exception {
		// 03:30 UTC on 8 March is still 7 March in Toronto; the day after is the 8th, the
		// day the clocks spring forward
		HttpResponse<String> response = post(KEY,
				Map.of("text", "tomorrow at 9 am please", "reference_time", "2026-03-08T03:30:00Z"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.path("date").asString()).isEqualTo("2026-03-08");
		assertThat(body.path("starts_at").asString()).isEqualTo("2026-03-08T09:00:00-04:00");
	}

	@Test
	void extractAppointmentReadsABareAnswerAsWhatWasAskedFor() throws Exception {
		HttpResponse<String> response = post(KEY, Map.of("text", "four one six five five five oh one two three",
				"reference_time", "2026-03-06T10:00", "expect", "phone"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("phone").asString()).isEqualTo("+14165550123");
	}

	@Test
	void extractAppointmentWithoutApiKeyIsUnauthorized() throws Exception {
		HttpResponse<String> response = post(null, Map.of("text", "tomorrow at 2"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void extractAppointmentWithoutTextNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("timezone", "America/Toronto")), "text");
	}

	@Test
	void extractAppointmentWithEmptyTextNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("text", "   ")), "text");
	}

	@Test
	void extractAppointmentWithTooLongTextNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("text", "tomorrow ".repeat(250))), "text");
	}

	@Test
	void extractAppointmentWithUnknownTimeZoneNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("text", "tomorrow at 2", "timezone", "Mars/Olympus_Mons")), "timezone");
	}

	@Test
	void extractAppointmentWithMalformedReferenceTimeNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("text", "tomorrow at 2", "reference_time", "next thursday-ish")),
				"reference_time");
	}

	@Test
	void extractAppointmentWithUnknownExpectationNamesTheField() throws Exception {
		assertInvalid(post(KEY, Map.of("text", "tomorrow at 2", "expect", "horoscope")), "expect");
	}

	@Test
	void extractAppointmentWithBodyThatIsNotJsonIsMalformed() throws Exception {
		HttpResponse<String> response = send(KEY, "{\"text\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).path("type").asString()).endsWith("/malformed-request");
	}

	@Test
	void openApiDocumentsTheOperationWithSnakeCaseFields() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode api = this.json.readTree(response.body());
		assertThat(api.path("paths").path("/api/assistant/extract-appointment").path("post").isObject()).isTrue();
		JsonNode schemas = api.path("components").path("schemas");
		assertThat(schemas.path("ExtractAppointmentRequest").path("properties").propertyNames())
			.containsExactlyInAnyOrder("text", "reference_time", "timezone", "expect");
		assertThat(schemas.path("ExtractAppointmentResponse").path("properties").propertyNames()).contains("starts_at",
				"time_window", "date_range", "duration_min", "normalized_text");
	}

	private void assertInvalid(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("type").asString()).endsWith("/invalid-request");
		assertThat(problem.path("errors").findValuesAsString("field")).containsExactly(field);
	}

	private HttpResponse<String> post(String key, Map<String, String> body) throws Exception {
		return send(key, this.json.writeValueAsString(body));
	}

	private HttpResponse<String> send(String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/assistant/extract-appointment"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
