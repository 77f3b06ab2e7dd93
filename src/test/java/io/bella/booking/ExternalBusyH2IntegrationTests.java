package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.DemoClinic;
import io.bella.EmbeddedDefaultIntegrationTest;
import io.bella.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Busy times from a provider's calendar on the embedded default database (H2): an import
 * is stored, replaced and read back by the availability search.
 */
@EmbeddedDefaultIntegrationTest
class ExternalBusyH2IntegrationTests {

	static final Instant MONDAY_10_AM = Instant.parse("2026-03-09T14:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ExternalBusyTimes busyTimes;

	@Test
	void anImportIsStoredReplacedAndBlocksItsSlots() {
		this.clock.set(MONDAY_10_AM);
		ApiClient api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		long provider = api.post("/api/providers", "{\"name\": \"Dr. Busy H2\"}").json().get("id").asLong();
		api.put("/api/providers/" + provider + "/weekly-hours", """
				{"monday": [], "tuesday": [{"start": "09:00", "end": "12:00"}], "wednesday": [], "thursday": [],
				 "friday": [], "saturday": [], "sunday": []}""");
		api.patch("/api/providers/" + provider, "{\"google_calendar_id\": \"busy-h2@maple.example\"}");
		assertThat(DemoClinic.slotStarts(api, "2026-03-10", provider)).isEmpty();

		Instant to = MONDAY_10_AM.plus(Duration.ofDays(90));
		this.busyTimes.replace(provider, MONDAY_10_AM, to,
				List.of(new BusyBlock(Instant.parse("2026-03-10T14:00:00Z"), Instant.parse("2026-03-10T15:00:00Z"))),
				MONDAY_10_AM);
		this.busyTimes.replace(provider, MONDAY_10_AM, to,
				List.of(new BusyBlock(Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"))),
				MONDAY_10_AM);

		assertThat(DemoClinic.slotStarts(api, "2026-03-10", provider)).contains("10:00", "11:30")
			.doesNotContain("09:00", "09:30");
		assertThat(this.busyTimes.lastImport(provider))
			.hasValueSatisfying((coverage) -> assertThat(coverage.coversTo()).isEqualTo(to));
		api.patch("/api/providers/" + provider + "?force=true", "{\"active\": false}");
	}

}
