package io.bella.booking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patients are one record each, over real HTTP on PostgreSQL: registering someone again
 * answers their record, a patient never holds two overlapping appointments, and
 * duplicates are merged. The clock stands on Monday 2 March 2026, 08:00 in Toronto; the
 * tests book the week of Monday 23 March and use phone numbers of their own.
 */
@BellaIntegrationTest
class PatientApiIntegrationTests {

	static final String THURSDAY = "2026-03-26T%s:00-04:00";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		this.jdbc.sql("DELETE FROM appointment WHERE starts_at >= ? AND starts_at < ?")
			.params(OffsetDateTime.parse("2026-03-23T00:00:00-04:00"),
					OffsetDateTime.parse("2026-03-28T00:00:00-04:00"))
			.update();
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
	}

	@Test
	void registeringAPatientAgainAnswers200WithTheExistingRecordAndItsLocation() {
		Response created = register("Chloé Martin", "613 555 0101");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.location()).isEqualTo("/api/users/" + id);

		for (String name : new String[] { "chloe martin", "  Chloé   Martin ", "CHLOE MARTIN.", "Chloe Martin" }) {
			Response again = register(name, "+1 (613) 555-0101");

			assertThat(again.status()).as(name).isEqualTo(200);
			assertThat(again.location()).isEqualTo("/api/users/" + id);
			assertThat(again.json().get("id").asLong()).isEqualTo(id);
			assertThat(again.json().get("name").asString()).isEqualTo("Chloé Martin");
		}
		assertThat(this.api.get("/api/users?phone=6135550101").json().get("items")).hasSize(1);
	}

	@Test
	void familyMembersSharingANumberAreRegisteredApart() {
		Response louis = register("Louis Martin", "6135550102");
		Response emma = register("Emma Martin", "6135550102");

		assertThat(louis.status()).isEqualTo(201);
		assertThat(emma.status()).isEqualTo(201);
		assertThat(emma.json().get("id").asLong()).isNotEqualTo(louis.json().get("id").asLong());
		assertThat(this.api.get("/api/users?phone=6135550102").json().get("items")).hasSize(2);
	}

	@Test
	void registeringOnePatientManyTimesAtOnceGivesOneRecord() throws Exception {
		int requests = 20;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return register("Zoé Lavoie", "6135550103");
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}

			assertThat(responses).filteredOn((response) -> response.status() == 201).hasSize(1);
			assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(requests - 1);
			assertThat(responses).extracting((response) -> response.json().get("id").asLong())
				.containsOnly(responses.get(0).json().get("id").asLong());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.get("/api/users?phone=6135550103").json().get("items")).hasSize(1);
	}

	@Test
	void aSecondBookingOfThePatientAtAnOverlappingTimeIsPatientBusyWhateverTheProvider() {
		long user = user("Hugo Bouchard", "6135550104");
		long first = book(user, "10:00", 1, 60).json().get("id").asLong();

		Response second = book(user, "10:30", 2, 30);

		assertProblem(second, 409, "patient-busy");
		assertThat(second.json().get("appointment_id").asLong()).isEqualTo(first);
		assertThat(second.json().get("starts_at").asString()).isEqualTo("2026-03-26T10:00:00-04:00");
		assertThat(second.json().get("detail").asString()).contains("appointment " + first);
		// the time right after is the patient's to book, with the other provider
		assertThat(book(user, "11:00", 2, 30).status()).isEqualTo(201);
	}

	@Test
	void reschedulingOntoThePatientsOtherAppointmentIsPatientBusyAndMovesNothing() {
		long user = user("Léa Gagnon", "6135550105");
		long morning = book(user, "09:00", 1, 30).json().get("id").asLong();
		long afternoon = book(user, "14:00", 2, 30).json().get("id").asLong();

		Response moved = this.api.post("/api/appointments/" + afternoon + "/reschedule",
				"{\"starts_at\": \"%s\"}".formatted(THURSDAY.formatted("09:15")));

		assertProblem(moved, 409, "patient-busy");
		assertThat(moved.json().get("appointment_id").asLong()).isEqualTo(morning);
		assertThat(this.api.get("/api/appointments/" + afternoon).json().get("starts_at").asString())
			.isEqualTo(THURSDAY.formatted("14:00"));
		// an appointment overlapping only its own old time moves
		assertThat(this.api
			.post("/api/appointments/" + morning + "/reschedule",
					"{\"starts_at\": \"%s\"}".formatted(THURSDAY.formatted("09:15")))
			.status()).isEqualTo(200);
	}

	@Test
	void mergeMovesTheAppointmentsAndDeletesTheDuplicate() {
		long kept = user("Noah Roy", "4185550101");
		Response duplicate = this.api.post("/api/users",
				"{\"name\": \"Noah Roy\", \"phone\": \"4185550199\", \"email\": \"noah@example.com\"}");
		long merged = duplicate.json().get("id").asLong();
		long appointment = book(merged, "10:00", 1, 30).json().get("id").asLong();
		long cancelled = book(merged, "15:00", 1, 30).json().get("id").asLong();
		this.api.post("/api/appointments/" + cancelled + "/cancel", "{}");

		Response survivor = this.api.post("/api/users/" + merged + "/merge", "{\"into\": " + kept + "}");

		assertThat(survivor.status()).isEqualTo(200);
		assertThat(survivor.json().get("id").asLong()).isEqualTo(kept);
		assertThat(survivor.json().get("phone").asString()).isEqualTo("+14185550101");
		assertThat(survivor.json().get("email").asString()).isEqualTo("noah@example.com");
		assertProblem(this.api.get("/api/users/" + merged), 404, "not-found");
		assertThat(this.api.get("/api/appointments?user_id=" + kept).json().get("items"))
			.extracting((found) -> found.get("id").asLong())
			.containsExactly(appointment, cancelled);
		assertThat(this.api.get("/api/appointments?user_id=" + merged).json().get("items")).isEmpty();
	}

	@Test
	void mergeOfUnknownPatientsIs404AndIntoItselfOrNowhereIs400() {
		long user = user("Alice Côté", "4185550102");

		assertProblem(this.api.post("/api/users/424242/merge", "{\"into\": " + user + "}"), 404, "not-found");
		assertProblem(this.api.post("/api/users/" + user + "/merge", "{\"into\": 424242}"), 404, "not-found");
		Response itself = this.api.post("/api/users/" + user + "/merge", "{\"into\": " + user + "}");
		assertProblem(itself, 400, "invalid-request");
		assertThat(itself.json().get("errors").get(0).get("field").asString()).isEqualTo("into");
		assertProblem(this.api.post("/api/users/" + user + "/merge", "{}"), 400, null);
		assertThat(this.api.get("/api/users/" + user).status()).isEqualTo(200);
	}

	@Test
	void mergeThatWouldGiveOnePatientTwoVisitsAtOnceIsPatientBusyAndMovesNothing() {
		long kept = user("Jade Morin", "4185550103");
		long duplicate = user("Jade Morin", "4185550104");
		long keptVisit = book(kept, "10:00", 1, 30).json().get("id").asLong();
		long duplicateVisit = book(duplicate, "10:15", 2, 30).json().get("id").asLong();

		Response refused = this.api.post("/api/users/" + duplicate + "/merge", "{\"into\": " + kept + "}");

		assertProblem(refused, 409, "patient-busy");
		assertThat(refused.json().get("appointment_id").asLong()).isEqualTo(keptVisit);
		assertThat(this.api.get("/api/users/" + duplicate).status()).isEqualTo(200);
		assertThat(this.api.get("/api/appointments/" + duplicateVisit).json().get("user_id").asLong())
			.isEqualTo(duplicate);
	}

	@Test
	void theApiDocumentSaysWhenRegisteringAnswers200AndWhatMergeRefuses() {
		JsonNode paths = this.api.get("/v3/api-docs", null).json().get("paths");

		JsonNode create = paths.get("/api/users").get("post");
		assertThat(create.get("description").asString()).contains("answers 200 with that record");
		for (String status : new String[] { "200", "201" }) {
			assertThat(create.get("responses").get(status).get("content").toString()).as(status)
				.contains("/UserResponse");
		}
		JsonNode merge = paths.get("/api/users/{id}/merge").get("post").get("responses");
		assertThat(merge.get("200").get("content").toString()).contains("/UserResponse");
		for (String status : new String[] { "400", "404", "409" }) {
			assertThat(merge.get(status).get("content").has("application/problem+json")).as(status).isTrue();
		}
		assertThat(merge.get("409").get("description").asString()).startsWith("patient-busy");
	}

	private Response register(String name, String phone) {
		return this.api.post("/api/users", "{\"name\": \"%s\", \"phone\": \"%s\"}".formatted(name, phone));
	}

	private long user(String name, String phone) {
		Response created = register(name, phone);
		assertThat(created.status()).isIn(200, 201);
		return created.json().get("id").asLong();
	}

	private Response book(long user, String time, long provider, int minutes) {
		return this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "%s", "provider_id": %d, "duration_min": %d}
				""".formatted(user, THURSDAY.formatted(time), provider, minutes));
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (type != null) {
			JsonNode body = response.json();
			assertThat(body.get("type").asString()).isEqualTo("https://bella.io/problems/" + type);
		}
	}

}
