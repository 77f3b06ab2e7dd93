package io.bella.booking;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clinic set-up API over real HTTP: every resource, its checks, the 409 for booked
 * appointments a change would strand, and changes reaching availability and the voice
 * assistant at once. The clock stands on Monday 9 March 2026, 10:00 in Toronto. Each test
 * adds providers and types of its own and takes them out of service afterwards, so the
 * demo clinic the other tests share is as it was.
 */
@BellaIntegrationTest
class ClinicSetupApiIntegrationTests {

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneId.of("America/Toronto"))
		.toInstant();

	private static final String CLOSED_WEEK = """
			{"monday": [], "tuesday": [], "wednesday": [], "thursday": [], "friday": [], "saturday": [], "sunday": []}
			""";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	ApiClient api;

	final List<Long> providers = new ArrayList<>();

	final List<Long> types = new ArrayList<>();

	final List<Long> closedDates = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY_10_AM);
		this.jdbc.sql("DELETE FROM appointment").update();
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
	}

	@AfterEach
	void restoreTheDemoClinic() {
		this.jdbc.sql("DELETE FROM appointment").update();
		for (long provider : this.providers) {
			assertThat(this.api.patch("/api/providers/" + provider + "?force=true", "{\"active\": false}").status())
				.isEqualTo(200);
		}
		for (long closed : this.closedDates) {
			this.api.delete("/api/closed-dates/" + closed);
		}
		for (long type : this.types) {
			this.jdbc.sql("DELETE FROM appointment_type_provider WHERE appointment_type_id = ?").param(type).update();
			this.jdbc.sql("DELETE FROM appointment_type_synonym WHERE appointment_type_id = ?").param(type).update();
			this.jdbc.sql("DELETE FROM appointment_type WHERE id = ?").param(type).update();
		}
		assertThat(this.api.put("/api/booking-rules", "{}").status()).isEqualTo(200);
		this.events.publishEvent(new ClinicSetupChanged("tests done"));
	}

	@Test
	void clinicDetailsAreChangedAndHoursAreDerivedFromTheProviders() {
		JsonNode before = this.api.get("/api/clinic").json();

		Response changed = this.api.put("/api/clinic", """
				{"name": "Maple Dental Centre", "time_zone": "America/Toronto", "phone": "(416) 555-0100",
				 "transfer_number": "+1 416 555 0111", "region": "ca", "kind": "dental clinic",
				 "address": "12 Queen St W, Toronto", "facts": {"parking": "Free parking behind the building."}}
				""");

		assertThat(changed.status()).isEqualTo(200);
		JsonNode clinic = this.api.get("/api/clinic").json();
		assertThat(clinic.get("phone").asString()).isEqualTo("+14165550100");
		assertThat(clinic.get("region").asString()).isEqualTo("CA");
		assertThat(clinic.get("address").asString()).isEqualTo("12 Queen St W, Toronto");
		assertThat(clinic.get("facts").get("parking").asString()).isEqualTo("Free parking behind the building.");
		assertThat(clinic.get("hours").get("monday").toString())
			.isEqualTo("[{\"start\":\"09:00\",\"end\":\"12:00\"},{\"start\":\"13:00\",\"end\":\"17:00\"}]");
		assertThat(clinic.get("hours").get("saturday").toString())
			.isEqualTo("[{\"start\":\"09:00\",\"end\":\"13:00\"}]");
		assertThat(clinic.get("hours").get("sunday")).isEmpty();

		assertThat(this.api.put("/api/clinic", before.toString()).status()).isEqualTo(200);
	}

	@Test
	void aChangeMadeByAnotherInstanceIsSeenWithinFiveSeconds() {
		long provider = provider("Dr. Other Instance");
		weekdays(provider, "09:00", "17:00");
		assertThat(slotsOn("2026-03-17", provider)).isNotEmpty();

		// another instance writes the same rows; this one hears nothing of it
		this.jdbc.sql("DELETE FROM working_hours WHERE provider_id = ?").param(provider).update();
		long changed = System.nanoTime();

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> slotsOn("2026-03-17", provider).isEmpty());
		assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofMillis(5500));
	}

	@Test
	void clinicDetailsAreChecked() {
		assertInvalid(this.api.put("/api/clinic", "{\"name\": \"X\", \"time_zone\": \"Mars/Base\"}"), "time_zone");
		assertInvalid(this.api.put("/api/clinic", "{\"name\": \"X\", \"time_zone\": \"-05:00\"}"), "time_zone");
		assertInvalid(this.api.put("/api/clinic", "{\"name\": \" \", \"time_zone\": \"America/Toronto\"}"), "name");
		assertInvalid(
				this.api.put("/api/clinic", "{\"name\": \"X\", \"time_zone\": \"America/Toronto\", \"phone\": \"12\"}"),
				"phone");
		assertInvalid(this.api.put("/api/clinic",
				"{\"name\": \"X\", \"time_zone\": \"America/Toronto\", \"region\": \"XX\"}"), "region");
		assertThat(this.api.get("/api/clinic").json().get("name").asString()).isEqualTo("Maple Dental Centre");
	}

	@Test
	void aProviderIsAddedGivenHoursAndBookedThenTheirHoursCannotStrandTheBooking() {
		long provider = provider("Dr. Ava Brooks");
		assertThat(this.api.post("/api/providers", "{\"name\": \"dr. ava  brooks\"}").status()).isEqualTo(400);
		assertThat(this.api.get("/api/providers/" + provider).json().get("weekly_hours").get("monday")).isEmpty();

		Response hours = this.api.put("/api/providers/" + provider + "/weekly-hours", week("""
				"tuesday": [{"start": "13:00", "end": "17:00"}, {"start": "08:00", "end": "12:00"}]"""));

		assertThat(hours.status()).isEqualTo(200);
		assertThat(this.api.get("/api/providers/" + provider + "/weekly-hours").json().get("tuesday").toString())
			.isEqualTo("[{\"start\":\"08:00\",\"end\":\"12:00\"},{\"start\":\"13:00\",\"end\":\"17:00\"}]");
		JsonNode slots = this.api.get("/api/availability?date=2026-03-17&duration_min=30&provider_id=" + provider)
			.json()
			.get("slots");
		assertThat(slots.get(0).get("starts_at").asString()).isEqualTo("2026-03-17T08:00:00-04:00");
		long appointment = book(provider, "2026-03-17T08:30:00-04:00");

		Response shortened = this.api.put("/api/providers/" + provider + "/weekly-hours",
				week("\"tuesday\": [{\"start\": \"09:00\", \"end\": \"12:00\"}]"));

		assertThat(shortened.status()).isEqualTo(409);
		assertThat(shortened.contentType()).startsWith("application/problem+json");
		assertThat(shortened.json().get("type").asString()).endsWith("/stranded-appointments");
		assertThat(shortened.json().get("appointments").get(0).get("appointment_id").asLong()).isEqualTo(appointment);
		assertThat(shortened.json().get("appointments").get(0).get("starts_at").asString())
			.isEqualTo("2026-03-17T08:30:00-04:00");
		assertThat(this.api.get("/api/providers/" + provider + "/weekly-hours").json().get("tuesday")).hasSize(2);

		Response forced = this.api.put("/api/providers/" + provider + "/weekly-hours?force=true",
				week("\"tuesday\": [{\"start\": \"09:00\", \"end\": \"12:00\"}]"));

		assertThat(forced.status()).isEqualTo(200);
		assertThat(forced.json().get("stranded_appointments").get(0).get("appointment_id").asLong())
			.isEqualTo(appointment);
		assertThat(this.api.get("/api/appointments/" + appointment).json().get("status").asString())
			.isEqualTo("booked");
		assertThat(this.api.get("/api/availability?date=2026-03-17&duration_min=30&provider_id=" + provider)
			.json()
			.get("slots")
			.get(0)
			.get("starts_at")
			.asString()).isEqualTo("2026-03-17T09:00:00-04:00");
	}

	@Test
	void weeklyHoursAreChecked() {
		long provider = provider("Dr. Hours Check");
		String path = "/api/providers/" + provider + "/weekly-hours";

		assertInvalid(this.api.put(path, "{\"monday\": []}"), "tuesday");
		assertInvalid(this.api.put(path, week("\"monday\": [{\"start\": \"9:00\", \"end\": \"12:00\"}]")), "monday");
		assertInvalid(this.api.put(path, week("\"monday\": [{\"start\": \"12:00\", \"end\": \"09:00\"}]")), "monday");
		assertInvalid(this.api.put(path, week(
				"\"monday\": [{\"start\": \"09:00\", \"end\": \"12:00\"}, {\"start\": \"11:00\", \"end\": \"13:00\"}]")),
				"monday");
		assertThat(this.api.put("/api/providers/999999/weekly-hours", CLOSED_WEEK).status()).isEqualTo(404);
	}

	@Test
	void aDeactivatedProviderKeepsTheirHistoryAndTakesNoNewBookings() {
		long provider = provider("Dr. Leaving Soon");
		weekdays(provider, "09:00", "17:00");
		long appointment = book(provider, "2026-03-18T10:00:00-04:00");

		Response refused = this.api.patch("/api/providers/" + provider, "{\"active\": false}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.api.get("/api/providers/" + provider).json().get("active").asBoolean()).isTrue();

		Response renamed = this.api.patch("/api/providers/" + provider + "?force=true",
				"{\"name\": \"Dr. Left\", \"active\": false}");

		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Dr. Left");
		assertThat(renamed.json().get("stranded_appointments")).hasSize(1);
		assertThat(this.api.get("/api/appointments/" + appointment).json().get("provider_id").asLong())
			.isEqualTo(provider);
		Response booking = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-19T10:00:00-04:00", "duration_min": 30, "provider_id": %d}
				""".formatted(patient(), provider));
		assertThat(booking.status()).isEqualTo(422);
		assertThat(booking.json().get("rule").asString()).isEqualTo("inactive-provider");
	}

	@Test
	void anExceptionReplacesTheWeeklyHoursOnItsDate() {
		long provider = provider("Dr. Exception");
		weekdays(provider, "09:00", "17:00");
		String path = "/api/providers/" + provider + "/exceptions";

		Response dayOff = this.api.post(path, "{\"date\": \"2026-03-18\", \"hours\": [], \"note\": \"conference\"}");
		assertThat(dayOff.status()).isEqualTo(201);
		assertThat(slotsOn("2026-03-18", provider)).isEmpty();

		Response evening = this.api.post(path,
				"{\"date\": \"2026-03-18\", \"hours\": [{\"start\": \"17:00\", \"end\": \"20:00\"}], \"note\": \"late\"}");
		assertThat(evening.status()).isEqualTo(200);
		assertThat(slotsOn("2026-03-18", provider).get(0).get("starts_at").asString())
			.isEqualTo("2026-03-18T17:00:00-04:00");
		book(provider, "2026-03-18T18:00:00-04:00");
		JsonNode listed = this.api.get(path).json();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("note").asString()).isEqualTo("late");

		long id = evening.json().get("id").asLong();
		assertThat(this.api.delete(path + "/" + id).status()).isEqualTo(409);
		assertThat(this.api.delete(path + "/" + id + "?force=true").status()).isEqualTo(204);
		assertThat(this.api.delete(path + "/" + id).status()).isEqualTo(404);
		assertThat(slotsOn("2026-03-18", provider).get(0).get("starts_at").asString())
			.isEqualTo("2026-03-18T09:00:00-04:00");
	}

	@Test
	void anAppointmentTypeIsOfferedOnlyByItsProviders() {
		long offering = provider("Dr. Whitening");
		long other = provider("Dr. Not Whitening");
		weekdays(offering, "09:00", "17:00");
		weekdays(other, "09:00", "17:00");

		Response created = this.api.post("/api/appointment-types", """
				{"name": "Whitening", "duration_min": 45, "buffer_before_min": 0, "buffer_after_min": 15,
				 "provider_ids": [%d], "synonyms": ["Teeth whitening", "bleaching"]}
				""".formatted(offering));

		assertThat(created.status()).isEqualTo(201);
		long type = created.json().get("id").asLong();
		this.types.add(type);
		assertThat(created.json().get("synonyms").toString()).isEqualTo("[\"teeth whitening\",\"bleaching\"]");
		assertThat(this.api.post("/api/appointment-types", "{\"name\": \"whitening\", \"duration_min\": 30}").status())
			.isEqualTo(400);
		JsonNode slots = this.api.get("/api/availability?date=2026-03-17&appointment_type=" + type).json().get("slots");
		assertThat(slots).isNotEmpty().allMatch((slot) -> slot.get("provider_id").asLong() == offering);
		Response refused = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-17T10:00:00-04:00", "appointment_type": %d, "provider_id": %d}
				""".formatted(patient(), type, other));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("not-offered");
		book(offering, "2026-03-17T10:00:00-04:00", type);

		assertThat(
				this.api.patch("/api/appointment-types/" + type, "{\"provider_ids\": [%d]}".formatted(other)).status())
			.isEqualTo(409);
		Response longer = this.api.patch("/api/appointment-types/" + type, "{\"duration_min\": 60}");
		assertThat(longer.status()).isEqualTo(200);
		assertThat(longer.json().get("duration_min").asInt()).isEqualTo(60);
		assertThat(longer.json().get("provider_ids").toString()).isEqualTo("[" + offering + "]");
		assertThat(this.api.patch("/api/appointment-types/999999", "{\"duration_min\": 60}").status()).isEqualTo(404);
	}

	@Test
	void closedDatesCloseTheClinicAndCannotStrandBookings() {
		Response closed = this.api.post("/api/closed-dates",
				"{\"date\": \"2026-03-20\", \"name\": \"Staff training\"}");
		assertThat(closed.status()).isEqualTo(201);
		long id = closed.json().get("id").asLong();
		this.closedDates.add(id);
		assertThat(
				this.api.post("/api/closed-dates", "{\"date\": \"2026-03-20\", \"name\": \"Training day\"}").status())
			.isEqualTo(200);
		assertThat(this.api.get("/api/availability?date=2026-03-20&duration_min=30").json().get("slots")).isEmpty();
		assertThat(this.api.get("/api/closed-dates?from=2026-03-20&to=2026-03-20").json().get(0).get("name").asString())
			.isEqualTo("Training day");

		long provider = provider("Dr. Friday");
		weekdays(provider, "09:00", "17:00");
		book(provider, "2026-03-27T10:00:00-04:00");
		Response refused = this.api.post("/api/closed-dates",
				"{\"date\": \"2026-03-27\", \"name\": \"Away\", \"provider_id\": %d}".formatted(provider));
		assertThat(refused.status()).isEqualTo(409);
		assertInvalid(this.api.post("/api/closed-dates", "{\"date\": \"2026-03-27\"}"), "name");
		assertInvalid(this.api.post("/api/closed-dates",
				"{\"date\": \"2026-03-27\", \"name\": \"x\", \"provider_id\": 999999}"), "provider_id");

		assertThat(this.api.delete("/api/closed-dates/" + id).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/closed-dates/" + id).status()).isEqualTo(404);
		assertThat(this.api.get("/api/availability?date=2026-03-20&duration_min=30").json().get("slots")).isNotEmpty();
	}

	@Test
	void bookingRulesAreSetCheckedAndReturnToTheirDefaults() {
		assertThat(this.api.get("/api/booking-rules").json().toString())
			.isEqualTo("{\"minimum_notice_min\":120,\"maximum_advance_days\":90,\"slot_grid_min\":15}");
		assertInvalid(this.api.put("/api/booking-rules", "{\"slot_grid_min\": 7}"), "slot_grid_min");
		assertInvalid(this.api.put("/api/booking-rules", "{\"maximum_advance_days\": 0}"), "maximum_advance_days");

		Response set = this.api.put("/api/booking-rules", "{\"minimum_notice_min\": 1440, \"slot_grid_min\": 30}");

		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().get("maximum_advance_days").asInt()).isEqualTo(90);
		JsonNode tomorrow = this.api.get("/api/availability?date=2026-03-10&duration_min=30&provider_id=1")
			.json()
			.get("slots");
		assertThat(tomorrow.get(0).get("starts_at").asString()).isEqualTo("2026-03-10T10:00:00-04:00");
		assertThat(tomorrow.get(1).get("starts_at").asString()).isEqualTo("2026-03-10T10:30:00-04:00");
		assertThat(this.api.put("/api/booking-rules", "{}").json().get("slot_grid_min").asInt()).isEqualTo(15);
	}

	@Test
	void theVoiceAssistantOffersNewHoursOnTheNextCall() {
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, new PrintStream(System.out, true, StandardCharsets.UTF_8));
		List<String> caller = List.of("Hi this is Lena Fox, I'd like a checkup on Sunday at 10 a.m.", "no",
				"no that's all thank you");
		Transcript before = simulator.call("+14165550177", "+14165550100", Caller.scripted(caller));
		assertThat(before.allSaid()).doesNotContain("Sunday, March 15th at 10 a.m.");

		long provider = provider("Dr. Ava Sunday");
		this.api.put("/api/providers/" + provider + "/weekly-hours",
				week("\"sunday\": [{\"start\": \"09:00\", \"end\": \"12:00\"}]"));

		Transcript after = simulator.call("+14165550177", "+14165550100", Caller.scripted(caller));
		assertThat(after.allSaid()).contains("Sunday, March 15th at 10 a.m.");
	}

	private long provider(String name) {
		Response created = this.api.post("/api/providers", "{\"name\": \"%s\"}".formatted(name));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		this.providers.add(id);
		return id;
	}

	private void weekdays(long provider, String start, String end) {
		String day = "[{\"start\": \"%s\", \"end\": \"%s\"}]".formatted(start, end);
		Response response = this.api.put("/api/providers/" + provider + "/weekly-hours", """
				{"monday": %1$s, "tuesday": %1$s, "wednesday": %1$s, "thursday": %1$s, "friday": %1$s,
				 "saturday": [], "sunday": []}
				""".formatted(day));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private static String week(String days) {
		StringBuilder json = new StringBuilder("{").append(days);
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			if (!days.contains("\"" + day + "\"")) {
				json.append((json.length() > 1) ? ", " : "").append("\"").append(day).append("\": []");
			}
		}
		return json.append("}").toString();
	}

	private long patient() {
		Response created = this.api.post("/api/users", "{\"name\": \"Set Up Patient\", \"phone\": \"+14165550166\"}");
		return created.json().get("id").asLong();
	}

	private long book(long provider, String startsAt) {
		return book(provider, startsAt, null);
	}

	private long book(long provider, String startsAt, Long type) {
		String what = (type != null) ? "\"appointment_type\": " + type : "\"duration_min\": 30";
		Response booked = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "%s", %s, "provider_id": %d}
				""".formatted(patient(), startsAt, what, provider));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json().get("id").asLong();
	}

	private JsonNode slotsOn(String date, long provider) {
		return this.api.get("/api/availability?date=" + date + "&duration_min=30&provider_id=" + provider)
			.json()
			.get("slots");
	}

	private static void assertInvalid(Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"" + field + "\"");
	}

}
