package io.bella.booking;

import java.time.Instant;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking API over real HTTP against the real services: the happy paths, and the
 * errors that the services and the database decide, as problem details. The request
 * validation and the status of each exception are {@link BookingApiTests}'. The clock
 * stands on Monday 2 March 2026, 08:00 in Toronto.
 */
@BellaIntegrationTest
class BookingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// the tests book and count fixed times of that week
		this.jdbc.sql("DELETE FROM appointment").update();
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
	}

	@Test
	void healthIsOpenAndChecksTheDatabase() {
		Response health = this.api.get("/healthz", null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("ok");
		assertThat(health.json().get("database").asString()).isEqualTo("up");
	}

	@Test
	void theBriefsExampleRequestBooksAsWritten() {
		long user = createUser("Emily Roy", "416 555 0199");

		Response booked = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-03T15:00:00Z", "duration_min": 60, "notes": "Regular checkup"}
				""".formatted(user));

		assertThat(booked.status()).isEqualTo(201);
		JsonNode body = booked.json();
		assertThat(body.get("id").asLong()).isPositive();
		assertThat(body.get("user_id").asLong()).isEqualTo(user);
		assertThat(body.get("provider_id").asLong()).isPositive();
		assertThat(body.get("starts_at").asString()).isEqualTo("2026-03-03T10:00:00-05:00");
		assertThat(body.get("ends_at").asString()).isEqualTo("2026-03-03T11:00:00-05:00");
		assertThat(body.get("status").asString()).isEqualTo("booked");
		assertThat(body.get("notes").asString()).isEqualTo("Regular checkup");
		assertThat(this.api.get("/api/appointments/" + body.get("id").asLong()).json().get("starts_at").asString())
			.isEqualTo("2026-03-03T10:00:00-05:00");
	}

	@Test
	void usersAreCreatedWithE164PhonesAndFoundByPhone() {
		long user = createUser("Marie Tremblay", "(514) 555-0142");

		assertThat(this.api.get("/api/users/" + user).json().get("phone").asString()).isEqualTo("+15145550142");
		JsonNode found = this.api.get("/api/users?phone=514-555-0142").json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items")).hasSize(1);
		assertThat(found.get("items").get(0).get("name").asString()).isEqualTo("Marie Tremblay");
		assertThat(found.get("items").get(0).get("created_at").asString()).endsWith("-05:00");
	}

	@Test
	void providersAndAppointmentTypesAreListed() {
		JsonNode providers = this.api.get("/api/providers").json();
		JsonNode types = this.api.get("/api/appointment-types").json();

		assertThat(providers.get(0).get("name").asString()).isEqualTo("Dr. Sarah Ng");
		JsonNode monday = providers.get(0).get("weekly_hours").get("monday");
		assertThat(monday.get(0).get("start").asString()).isEqualTo("09:00");
		assertThat(monday.get(0).get("end").asString()).isEqualTo("12:00");
		assertThat(monday.get(1).get("start").asString()).isEqualTo("13:00");
		assertThat(providers.get(0).get("weekly_hours").get("sunday")).isEmpty();
		assertThat(types).extracting((type) -> type.get("name").asString())
			.startsWith("checkup", "cleaning", "emergency");
	}

	@Test
	void availabilityListsSlotsAndBookingRemovesThem() {
		long user = createUser("Wei Chen", "6045550123");
		String path = "/api/availability?date=2026-03-04&appointment_type=1&provider_id=1";
		assertThat(this.api.get(path).json().get("slots").get(0).get("starts_at").asString())
			.isEqualTo("2026-03-04T09:00:00-05:00");

		this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-04T09:00:00-05:00", "appointment_type": 1, "provider_id": 1}
				""".formatted(user));

		JsonNode slots = this.api.get(path).json().get("slots");
		assertThat(slots.get(0).get("starts_at").asString()).isEqualTo("2026-03-04T09:30:00-05:00");
		// 26 half-hour starts a day (9:00-11:30, 13:00-16:30); the booking removes 9:00
		// and 9:15
		assertThat(slots).hasSize(24);
	}

	@Test
	void appointmentsAreListedByFiltersRescheduledAndCancelled() {
		long user = createUser("Raj Singh", "4165550777");
		long id = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-05T10:00:00", "appointment_type": 1}
				""".formatted(user)).json().get("id").asLong();

		JsonNode listed = this.api
			.get("/api/appointments?user_id=" + user + "&status=booked&from=2026-03-05&to=2026-03-05")
			.json();
		assertThat(listed.get("items")).hasSize(1);
		assertThat(listed.get("total").asLong()).isEqualTo(1);
		assertThat(listed.get("page").asInt()).isZero();
		assertThat(listed.get("size").asInt()).isEqualTo(50);
		Response moved = this.api.post("/api/appointments/" + id + "/reschedule",
				"{\"starts_at\": \"2026-03-05T14:00:00-05:00\"}");
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("starts_at").asString()).isEqualTo("2026-03-05T14:00:00-05:00");
		Response cancelled = this.api.post("/api/appointments/" + id + "/cancel", "{\"reason\": \"travel\"}");
		assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.json().get("cancellation_reason").asString()).isEqualTo("travel");
		assertThat(this.api.post("/api/appointments/" + id + "/cancel", "").status()).isEqualTo(422);
	}

	@Test
	void startedAppointmentsAreMarkedCompletedOrNoShowOnce() {
		long user = createUser("Nadia Haddad", "4165550778");
		long first = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-05T10:00:00", "appointment_type": 1}
				""".formatted(user)).json().get("id").asLong();
		long second = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-05T11:00:00", "appointment_type": 1}
				""".formatted(user)).json().get("id").asLong();
		Response early = this.api.post("/api/appointments/" + first + "/complete", "");
		assertProblem(early, 422, "not-started");
		assertThat(early.json().get("rule").asString()).isEqualTo("not-started");

		this.clock.set(Instant.parse("2026-03-05T16:05:00Z"));
		Response completed = this.api.post("/api/appointments/" + first + "/complete", "");
		Response missed = this.api.post("/api/appointments/" + second + "/no-show", "");

		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().get("status").asString()).isEqualTo("completed");
		assertThat(missed.json().get("status").asString()).isEqualTo("no_show");
		assertProblem(this.api.post("/api/appointments/" + first + "/no-show", ""), 422, "not-booked");
		assertProblem(this.api.post("/api/appointments/424242/complete", ""), 404, "not-found");
	}

	@Test
	void fieldsTheServicesRefuseAre400NamingTheField() {
		Response badPhone = this.api.post("/api/users", "{\"name\": \"Ann\", \"phone\": \"555\"}");
		assertProblem(badPhone, 400, "invalid-request");
		assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");

		Response backwards = this.api.get("/api/availability?date=2026-03-04&to=2026-03-01");
		assertProblem(backwards, 400, "invalid-request");
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
	}

	@Test
	void unknownIdsAre404() {
		assertProblem(this.api.get("/api/users/424242"), 404, "not-found");
		assertProblem(this.api.get("/api/appointments/424242"), 404, "not-found");
		assertProblem(this.api.post("/api/appointments/424242/cancel", "{}"), 404, "not-found");
		assertProblem(this.api.post("/api/appointments",
				"{\"user_id\": 424242, \"starts_at\": \"2026-03-03T10:00:00-05:00\"}"), 404, "not-found");
		assertProblem(this.api.get("/api/availability?date=2026-03-04&provider_id=99"), 404, "not-found");
	}

	@Test
	void takenSlotIs409() {
		String request = "{\"user_id\": %d, \"starts_at\": \"2026-03-06T11:00:00-05:00\", \"provider_id\": 2}";
		long user = createUser("Luc Gagnon", "4185550123");
		assertThat(this.api.post("/api/appointments", request.formatted(user)).status()).isEqualTo(201);

		long other = createUser("Julie Gagnon", "4185550123");
		assertProblem(this.api.post("/api/appointments", request.formatted(other)), 409, "slot-unavailable");
	}

	@Test
	void ruleViolationsAre422WithTheRule() {
		long user = createUser("Ana Costa", "9025550123");
		String template = "{\"user_id\": " + user + ", \"starts_at\": \"%s\"}";

		assertProblem(this.api.post("/api/appointments", template.formatted("2026-03-01T10:00:00-05:00")), 422,
				"in-the-past");
		Response tooSoon = this.api.post("/api/appointments", template.formatted("2026-03-02T09:00:00-05:00"));
		assertProblem(tooSoon, 422, "too-soon");
		// two hours' notice from 8:00 is 10:00, on the grid and within Monday's hours
		assertThat(tooSoon.json().get("earliest_start").asString()).isEqualTo("2026-03-02T10:00:00-05:00");
		assertThat(tooSoon.json().get("detail").asString()).contains("Monday March 2 at 10:00");
		assertProblem(this.api.post("/api/appointments", template.formatted("2026-07-01T10:00:00-04:00")), 422,
				"too-far-ahead");
		assertProblem(this.api.post("/api/appointments", template.formatted("2026-03-03T20:00:00-05:00")), 422,
				"outside-hours");
		assertProblem(this.api.post("/api/appointments", template.formatted("2026-04-03T10:00:00-04:00")), 422,
				"closed-date");
		assertProblem(this.api.post("/api/appointments", template.formatted("2026-03-03T10:07:00-05:00")), 422,
				"off-grid");
	}

	@Test
	void aStartTooSoonNamesTheFirstSlotTheProviderReallyHas() {
		long user = createUser("Ines Moreau", "4505550123");
		long other = createUser("Omar Haddad", "4505550124");
		// Dr. Ng's 10:00 and 10:15 are taken by a 30-minute visit at 10:00
		assertThat(this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-02T10:00:00-05:00", "duration_min": 30, "provider_id": 1}
				""".formatted(other)).status()).isEqualTo(201);

		Response tooSoon = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-02T08:30:00-05:00", "duration_min": 30, "provider_id": 1}
				""".formatted(user));

		assertProblem(tooSoon, 422, "too-soon");
		String earliest = tooSoon.json().get("earliest_start").asString();
		assertThat(earliest).isEqualTo("2026-03-02T10:30:00-05:00");
		assertThat(this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "%s", "duration_min": 30, "provider_id": 1}
				""".formatted(user, earliest)).status()).isEqualTo(201);
	}

	@Test
	void cachesReportTheirHitsAsMetrics() {
		String path = "/api/availability?date=2026-03-04&appointment_type=1&provider_id=1";
		this.api.get(path);
		this.api.get(path);

		for (String cache : new String[] { "clinic", "schedules" }) {
			assertThat(this.meters.get("cache.gets").tag("cache", cache).tag("result", "hit").functionCounter().count())
				.as(cache)
				.isPositive();
		}
		assertThat(this.meters.find("cache.gets").tag("cache", "clinic-facts").functionCounters()).isNotEmpty();
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		Response docs = this.api.get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/appointments")).isTrue();
		assertThat(docs.json().get("components").get("schemas").get("BookAppointment").get("properties").has("user_id"))
			.isTrue();
		assertThat(docs.json().get("components").get("security_schemes")).isNull();
		assertThat(docs.json().get("components").get("securitySchemes").get("apiKey").get("name").asString())
			.isEqualTo("X-API-Key");
		assertThat(this.api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	private long createUser(String name, String phone) {
		Response created = this.api.post("/api/users", "{\"name\": \"%s\", \"phone\": \"%s\"}".formatted(name, phone));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
		if (type != null) {
			assertThat(response.json().get("type").asString()).isEqualTo("https://bella.io/problems/" + type);
		}
	}

}
