package io.bella.booking;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's Google calendar id over the API: shown, set, trimmed, kept when left out,
 * cleared by null or "", and refused with a problem when it cannot be a calendar id.
 */
@BellaIntegrationTest
class ProviderCalendarIdIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	long provider;

	@BeforeEach
	void addAProvider() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		Response created = this.api.post("/api/providers", "{\"name\": \"Dr. Calendar " + System.nanoTime() + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.provider = created.json().get("id").asLong();
	}

	@AfterEach
	void takeItOutOfService() {
		this.api.patch(path() + "?force=true", "{\"active\": false, \"google_calendar_id\": null}");
	}

	@Test
	void theCalendarIdIsSetTrimmedShownKeptAndCleared() {
		assertThat(this.api.get(path()).json().has("google_calendar_id")).isTrue();
		assertThat(this.api.get(path()).json().get("google_calendar_id").isNull()).isTrue();

		Response set = this.api.patch(path(), "{\"google_calendar_id\": \"  ng@clinic.example  \"}");

		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("google_calendar_id").asString()).isEqualTo("ng@clinic.example");
		assertThat(calendarIdInList()).isEqualTo("ng@clinic.example");
		assertThat(this.api.patch(path(), "{\"name\": \"Dr. Okafor-Lee " + this.provider + "\"}").status())
			.isEqualTo(200);
		assertThat(this.api.get(path()).json().get("google_calendar_id").asString()).isEqualTo("ng@clinic.example");

		assertThat(this.api.patch(path(), "{\"google_calendar_id\": \"\"}").json().get("google_calendar_id").isNull())
			.isTrue();
		this.api.patch(path(), "{\"google_calendar_id\": \"c_123@group.calendar.google.com\"}");
		assertThat(this.api.patch(path(), "{\"google_calendar_id\": null}").json().get("google_calendar_id").isNull())
			.isTrue();
	}

	@Test
	void aCalendarIdThatCannotBeOneIsRefused() {
		this.api.patch(path(), "{\"google_calendar_id\": \"kept@clinic.example\"}");

		assertInvalid(this.api.patch(path(), "{\"google_calendar_id\": \"two words@clinic.example\"}"));
		assertInvalid(this.api.patch(path(), "{\"google_calendar_id\": \"tab\\there\"}"));
		assertInvalid(this.api.patch(path(), "{\"google_calendar_id\": \"bell\\u0007\"}"));
		assertInvalid(this.api.patch(path(), "{\"google_calendar_id\": \"" + "a".repeat(1025) + "\"}"));
		assertInvalid(this.api.patch(path(), "{\"google_calendar_id\": 42}"));
		assertThat(this.api.patch(path(), "{\"google_calendar_id\": \"" + "a".repeat(1024) + "\"}").status())
			.isEqualTo(200);
		assertThat(this.api.patch("/api/providers/999999", "{\"google_calendar_id\": \"x@clinic.example\"}").status())
			.isEqualTo(404);
	}

	private String calendarIdInList() {
		for (JsonNode each : this.api.get("/api/providers").json()) {
			if (each.get("id").asLong() == this.provider) {
				return each.get("google_calendar_id").asString();
			}
		}
		throw new AssertionError("provider " + this.provider + " is not listed");
	}

	private String path() {
		return "/api/providers/" + this.provider;
	}

	private static void assertInvalid(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("google_calendar_id");
	}

}
