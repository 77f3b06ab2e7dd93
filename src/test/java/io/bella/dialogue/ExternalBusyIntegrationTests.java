package io.bella.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.DemoClinic;
import io.bella.MutableClock;
import io.bella.booking.BusyBlock;
import io.bella.booking.ExternalBusyTimes;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.calendar.LinkedCalendars;
import io.bella.dialogue.CallSession.SlotOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Busy times imported from a provider's own calendar block the provider for the API and
 * the voice assistant alike, against the demo clinic with the clock at Monday, March 9th
 * 2026, 10 a.m. in Toronto: Dr. Ng's calendar is busy all Tuesday afternoon, Dr. Tremblay
 * has no calendar. Busy data older than the maximum age blocks Dr. Ng altogether; without
 * a calendar id the blocks no longer count.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ExternalBusyIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550166";

	private final ExternalBusyTimes busyTimes;

	private final Patients patients;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final DialogueTurns turns;

	private final long ng;

	private final long tremblay;

	@LocalServerPort
	int port;

	ApiClient api;

	ExternalBusyIntegrationTests(DialogueEngine engine, ExternalBusyTimes busyTimes, Patients patients,
			Providers providers, MutableClock clock, JdbcClient jdbc) {
		this.busyTimes = busyTimes;
		this.patients = patients;
		this.clock = clock;
		this.jdbc = jdbc;
		this.turns = new DialogueTurns(engine, clock, jdbc);
		this.ng = DemoClinic.provider(providers, "Dr. Sarah Ng");
		this.tremblay = DemoClinic.provider(providers, "Dr. Marc Tremblay");
	}

	@BeforeEach
	void linkDrNgsCalendarBusyOnTuesdayAfternoon() {
		this.turns.reset(MONDAY_10_AM);
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		assertThat(slotsOfNgOnTuesday()).contains("13:00", "16:30");
		assertThat(
				this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": \"ng@maple.example\"}").status())
			.isEqualTo(200);
		LinkedCalendars.awaitImports(this.jdbc);
		this.busyTimes.replace(this.ng, MONDAY_10_AM, MONDAY_10_AM.plus(Duration.ofDays(90)),
				List.of(new BusyBlock(tuesday(13, 0), tuesday(17, 0))), MONDAY_10_AM);
	}

	@AfterEach
	void unlinkTheCalendar() {
		this.turns.print();
		this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": null}");
		// a booking of Dr. Ng waits in the calendar outbox while Google is off here: not
		// for the tests that run Google to write
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("""
					SELECT COUNT(*) FROM event_publication
					WHERE listener_id LIKE 'calendar-write-%' AND completion_date IS NULL""")
				.query(Long.class)
				.single() == 0);
		this.jdbc.sql("DELETE FROM calendar_write WHERE provider_id = ?").param(this.ng).update();
		this.jdbc.sql("DELETE FROM provider_busy WHERE provider_id = ?").param(this.ng).update();
		this.jdbc.sql("DELETE FROM provider_busy_import WHERE provider_id = ?").param(this.ng).update();
		this.jdbc.sql("DELETE FROM appointment").update();
	}

	@Test
	void aBusyBlockTakesTheSlotOutOfAvailabilityAndRefusesABookingThen() {
		assertThat(slotsOfNgOnTuesday()).contains("09:00", "11:30").doesNotContain("13:00", "14:30", "16:30");
		assertThat(this.busyTimes.lastImport(this.ng))
			.hasValueSatisfying((coverage) -> assertThat(coverage.importedAt()).isEqualTo(MONDAY_10_AM));

		Response refused = book(this.ng, "2026-03-10T13:00:00-04:00");

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("rule").asString()).isEqualTo("calendar-busy");
		assertThat(book(this.tremblay, "2026-03-10T13:00:00-04:00").status()).isEqualTo(201);
	}

	@Test
	void theVoiceAssistantOffersOnlyTimesTheCalendarLeavesFree() {
		this.patients.register("Nora Busy", CALLER, null);
		CallSession call = this.turns.call(CALLER);
		this.turns.start(call);

		Reply offer = this.turns.say(call, "i'd like to book a checkup with doctor ng for tomorrow afternoon please");

		assertThat(offer.speech()).doesNotContain("Tuesday, March 10th at 1 p.m. with Dr. Ng");
		assertThat(call.offer().options()).isNotEmpty()
			.noneMatch((option) -> option.providerId() == this.ng && isTuesdayAfternoon(option));
	}

	@Test
	void busyDataOlderThanTheMaximumAgeBlocksTheProviderOnly() {
		this.clock.set(MONDAY_10_AM.plus(Duration.ofMinutes(61)));

		assertThat(slotsOfNgOnTuesday()).isEmpty();
		assertThat(this.api.get("/api/availability?date=2026-03-10&duration_min=30&provider_id=" + this.tremblay)
			.json()
			.get("slots")).isNotEmpty();
		Response refused = book(this.ng, "2026-03-10T09:00:00-04:00");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("calendar-not-synchronised");
		assertThat(refused.json().get("detail").asString())
			.containsIgnoringCase("this provider's calendar has not been synchronised recently");

		this.busyTimes.replace(this.ng, this.clock.instant(), this.clock.instant().plus(Duration.ofDays(90)), List.of(),
				this.clock.instant());

		assertThat(slotsOfNgOnTuesday()).contains("09:00", "13:00");
	}

	@Test
	void withoutACalendarIdTheBlocksNoLongerCount() {
		this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": \"\"}");
		this.clock.set(MONDAY_10_AM.plus(Duration.ofHours(5)));

		assertThat(slotsOfNgOnTuesday()).contains("09:00", "13:00", "16:30");
		assertThat(book(this.ng, "2026-03-10T13:00:00-04:00").status()).isEqualTo(201);
	}

	private List<String> slotsOfNgOnTuesday() {
		return DemoClinic.slotStarts(this.api, "2026-03-10", this.ng);
	}

	private Response book(long provider, String startsAt) {
		long patient = this.patients.register("Ava Calendar", "+1416555" + (1000 + provider % 9000), null).id();
		return this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "%s", "duration_min": 30, "provider_id": %d}
				""".formatted(patient, startsAt, provider));
	}

	private static boolean isTuesdayAfternoon(SlotOption option) {
		ZonedDateTime start = option.startsAt().atZone(TORONTO);
		return start.getDayOfMonth() == 10 && start.getHour() >= 12;
	}

	private static Instant tuesday(int hour, int minute) {
		return ZonedDateTime.of(2026, 3, 10, hour, minute, 0, 0, TORONTO).toInstant();
	}

}
