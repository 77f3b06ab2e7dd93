package io.bella.extraction;

import java.util.Map;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction endpoint over real HTTP with the rule engine: what it makes of a
 * caller's words, and its OpenAPI description. Its request validation is
 * {@link ExtractionApiTests}'.
 */
@BellaIntegrationTest
class ExtractionApiIntegrationTests {

	private static final String PATH = "/api/assistant/extract-appointment";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
	}

	@Test
	void extractAppointmentResolvesTomorrowAtTwoInTheRequestedZone() {
		Response response = post(Map.of("text", "I need an appointment tomorrow at 2pm", "reference_time",
				"2026-03-06T10:00:00-05:00", "timezone", "America/Toronto"));

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
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
	void extractAppointmentCountsFromTheReferenceTimeInTheClinicsZoneByDefault() {
		// 03:30 UTC on 8 March is still 7 March in Toronto; the day after is the 8th, the
		// day the clocks spring forward
		Response response = post(Map.of("text", "tomorrow at 9 am please", "reference_time", "2026-03-08T03:30:00Z"));

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.path("date").asString()).isEqualTo("2026-03-08");
		assertThat(body.path("starts_at").asString()).isEqualTo("2026-03-08T09:00:00-04:00");
	}

	@Test
	void extractAppointmentReadsABareAnswerAsWhatWasAskedFor() {
		Response response = post(Map.of("text", "four one six five five five oh one two three", "reference_time",
				"2026-03-06T10:00", "expect", "phone"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("phone").asString()).isEqualTo("+14165550123");
	}

	@Test
	void openApiDocumentsTheOperationWithSnakeCaseFields() {
		Response response = this.api.get("/v3/api-docs");

		assertThat(response.status()).isEqualTo(200);
		JsonNode api = response.json();
		assertThat(api.path("paths").path("/api/assistant/extract-appointment").path("post").isObject()).isTrue();
		JsonNode schemas = api.path("components").path("schemas");
		assertThat(schemas.path("ExtractAppointmentRequest").path("properties").propertyNames())
			.containsExactlyInAnyOrder("text", "reference_time", "timezone", "expect");
		assertThat(schemas.path("ExtractAppointmentResponse").path("properties").propertyNames()).contains("starts_at",
				"time_window", "date_range", "duration_min", "normalized_text");
	}

	private Response post(Map<String, String> body) {
		return this.api.post(PATH, this.json.writeValueAsString(body));
	}

}
