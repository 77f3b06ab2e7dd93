package io.bella.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.bella.BellaIntegrationTest;
import io.bella.BellaWebMvcTest;
import io.bella.booking.BookingRuleException.Rule;
import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The booking API's answers to what it refuses, one status at a time, with the booking
 * module mocked behind the controllers: 400 for what cannot be read or breaks a field's
 * constraints, 401 without the key, and the domain's exceptions as 404, 409 and 422. What
 * the real services decide is {@link BookingApiIntegrationTests}' subject.
 */
@BellaWebMvcTest({ AppointmentController.class, PatientController.class, AvailabilityController.class })
class BookingApiTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	BookingService bookings;

	@MockitoBean
	Patients patients;

	@MockitoBean
	DuplicatePatients duplicates;

	@MockitoBean
	Availability availability;

	@MockitoBean
	Clinics clinics;

	@MockitoBean
	Providers providers;

	@MockitoBean
	AppointmentTypes appointmentTypes;

	@BeforeEach
	void clinicInToronto() {
		given(this.clinics.timeZone()).willReturn(ZoneId.of("America/Toronto"));
	}

	@Test
	void missingOrWrongApiKeyIs401WithTheChallenge() {
		for (String key : new String[] { null, "", "wrong-key", BellaIntegrationTest.API_KEY + "x" }) {
			var request = this.mvc.get().uri("/api/appointments/1");
			MvcTestResult result = ((key != null) ? request.header("X-API-Key", key) : request).exchange();

			assertProblem(result, 401, "unauthorized");
			assertThat(result).hasHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
		}
	}

	@Test
	void malformedJsonIs400() {
		assertProblem(post("/api/users", "{\"name\": \"x\","), 400, "malformed-request");
		assertProblem(post("/api/appointments", "[]"), 400, "malformed-request");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/users        | {"name": "", "phone": "4165550123"}                                              | name
					/api/users        | {"name": "Ann"}                                                                  | phone
					/api/appointments | {"starts_at": "2026-03-03T10:00:00-05:00"}                                       | user_id
					/api/appointments | {"user_id": 1, "starts_at": "tomorrow"}                                          | starts_at
					/api/appointments | {"user_id": "one", "starts_at": "2026-03-03T10:00:00-05:00"}                      | user_id
					/api/appointments | {"user_id": 1, "starts_at": "2026-03-03T10:00:00-05:00", "duration_min": 0}      | duration_min
					/api/appointments | {"user_id": 1, "starts_at": "2026-03-03T10:00:00", "duration_min": 30, "appointment_type": 1} | duration_min
					/api/appointments/1/reschedule | {"starts_at": "2026-13-03T10:00:00"}                                | starts_at
					""")
	void invalidFieldsAre400NamingTheField(String path, String body, String field) {
		MvcTestResult result = post(path, body);

		assertProblem(result, 400, "invalid-request");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void aWallClockTimeThatDoesNotExistIs400SayingWhy() {
		// 2:30 a.m. on 8 March 2026 does not exist in Toronto: clocks jump from 2:00
		// to 3:00
		MvcTestResult result = post("/api/appointments", "{\"user_id\": 1, \"starts_at\": \"2026-03-08T02:30:00\"}");

		assertProblem(result, 400, "invalid-request");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("daylight-saving");
	}

	@ParameterizedTest
	@CsvSource({ "/api/availability?date=03/04/2026", "/api/availability?date=2026-03-04&duration_min=1",
			"/api/availability/first?from=next+week", "/api/availability/first?limit=0",
			"/api/appointments?status=maybe", "/api/appointments?from=yesterday", "/api/appointments?size=0",
			"/api/appointments?size=201", "/api/appointments?page=-1", "/api/users?size=201", "/api/users?page=x" })
	void invalidQueryParametersAre400(String target) {
		assertProblem(get(target), 400, null);
	}

	@Test
	void aPageLargerThanTheMaximumIs400NamingSize() {
		MvcTestResult result = get("/api/users?size=500");

		assertProblem(result, 400, "invalid-request");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
	}

	@Test
	void listsAnswerOnePageWithTheTotal() {
		Appointment appointment = new Appointment(7, 1, 2, null, Instant.parse("2026-03-03T15:00:00Z"),
				Instant.parse("2026-03-03T15:30:00Z"), 0, 0, AppointmentStatus.BOOKED, BookingSource.API, null, null,
				Instant.parse("2026-03-02T13:00:00Z"), Instant.parse("2026-03-02T13:00:00Z"), null);
		given(this.bookings.find(any())).willReturn(new Page<>(List.of(appointment), 2, 1, 3));

		MvcTestResult result = get("/api/appointments?page=2&size=1&status=BOOKED");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[0].id").isEqualTo(7);
		assertThat(result).bodyJson().extractingPath("$.items[0].starts_at").isEqualTo("2026-03-03T10:00:00-05:00");
		assertThat(result).bodyJson().extractingPath("$.items[0].status").isEqualTo("booked");
		assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(3);
		then(this.bookings).should()
			.find(argThat(
					(query) -> query.paging().equals(new Paging(2, 1)) && query.status() == AppointmentStatus.BOOKED));
	}

	@Test
	void aListWithoutPageOrSizeIsTheFirstFiftyItems() {
		given(this.patients.find(any(), any())).willReturn(new Page<>(List.of(), 0, 50, 0));

		assertThat(get("/api/users")).bodyJson().extractingPath("$.size").isEqualTo(50);
		then(this.patients).should().find(null, new Paging(0, Paging.DEFAULT_SIZE));
	}

	@ParameterizedTest
	@CsvSource({ "application/xml", "text/xml", "application/yaml" })
	void anotherRepresentationThanJsonIs406(String accept) {
		given(this.patients.findById(1))
			.willReturn(Optional.of(new Patient(1, "Ann Lee", "+14165550123", null, Instant.EPOCH, false, null)));

		MvcTestResult result = this.mvc.get()
			.uri("/api/users/1")
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.header("Accept", accept)
			.exchange();

		assertThat(result).hasStatus(406).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aMissingRequiredParameterIs400() {
		assertProblem(get("/api/availability"), 400, null);
	}

	@Test
	void unknownIdsAre404() {
		given(this.bookings.findById(anyLong())).willReturn(Optional.empty());
		given(this.patients.findById(anyLong())).willReturn(Optional.empty());
		given(this.bookings.cancel(eq(424242L), any(), any())).willThrow(new NotFoundException("appointment", 424242));
		given(this.bookings.book(any())).willThrow(new NotFoundException("user", 424242));

		assertProblem(get("/api/appointments/424242"), 404, "not-found");
		assertProblem(get("/api/users/424242"), 404, "not-found");
		assertProblem(post("/api/appointments/424242/cancel", "{}"), 404, "not-found");
		assertProblem(post("/api/appointments", "{\"user_id\": 424242, \"starts_at\": \"2026-03-03T10:00:00-05:00\"}"),
				404, "not-found");
	}

	@Test
	void takenSlotIs409() {
		given(this.bookings.book(any())).willThrow(new SlotUnavailableException("That time was just taken."));

		MvcTestResult result = post("/api/appointments",
				"{\"user_id\": 1, \"starts_at\": \"2026-03-06T11:00:00-05:00\", \"provider_id\": 2}");

		assertProblem(result, 409, "slot-unavailable");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("That time was just taken.");
	}

	@Test
	void patientBusyIs409NamingTheAppointmentInTheWay() {
		Appointment existing = new Appointment(34, 1, 1, null, Instant.parse("2026-03-06T16:00:00Z"),
				Instant.parse("2026-03-06T16:30:00Z"), 0, 0, AppointmentStatus.BOOKED, BookingSource.API, null, null,
				Instant.EPOCH, Instant.EPOCH, null);
		given(this.bookings.book(any()))
			.willThrow(PatientBusyException.refusing("Not booked.", existing, ZoneId.of("America/Toronto")));

		MvcTestResult result = post("/api/appointments",
				"{\"user_id\": 1, \"starts_at\": \"2026-03-06T11:00:00-05:00\", \"provider_id\": 2}");

		assertProblem(result, 409, "patient-busy");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Not booked. The patient already has appointment 34 at 2026-03-06T11:00-05:00.");
		assertThat(result).bodyJson().extractingPath("$.appointment_id").isEqualTo(34);
		assertThat(result).bodyJson().extractingPath("$.starts_at").isEqualTo("2026-03-06T11:00:00-05:00");
	}

	@Test
	void registeringAPatientAgainIs200WithTheLocationOfTheRecord() {
		Patient patient = new Patient(7, "Emily Roy", "+14165550123", null, Instant.EPOCH, false, null);
		given(this.patients.registerOrFind(any(), any(), any())).willReturn(new Patients.Registration(patient, false));

		MvcTestResult result = post("/api/users", "{\"name\": \"emily roy\", \"phone\": \"4165550123\"}");

		assertThat(result).hasStatus(200).hasHeader("Location", "/api/users/7");
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(7);
	}

	@Test
	void mergingAPatientIntoItselfIs400() {
		given(this.duplicates.merge(5, 5)).willThrow(new InvalidRequestException("into", "must be another patient"));

		assertProblem(post("/api/users/5/merge", "{\"into\": 5}"), 400, "invalid-request");
		assertProblem(post("/api/users/5/merge", "{}"), 400, null);
	}

	@ParameterizedTest
	@EnumSource(Rule.class)
	void everyRuleViolationIs422NamingTheRule(Rule rule) {
		given(this.bookings.book(any())).willThrow(new BookingRuleException(rule, "Not bookable."));

		MvcTestResult result = post("/api/appointments",
				"{\"user_id\": 1, \"starts_at\": \"2026-03-03T10:00:00-05:00\"}");

		assertProblem(result, 422, rule.slug());
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo(rule.slug());
	}

	@Test
	void aStartTooSoonNamesTheEarliestStartThatCanBeBooked() {
		OffsetDateTime earliest = OffsetDateTime.parse("2026-03-02T10:15:00-05:00");
		given(this.bookings.book(any())).willThrow(new BookingRuleException(Rule.TOO_SOON,
				"Appointments need at least 2 hours notice; the earliest time that can be booked is Monday March 2 at "
						+ "10:15 a.m.",
				earliest));

		MvcTestResult result = post("/api/appointments",
				"{\"user_id\": 1, \"starts_at\": \"2026-03-02T09:00:00-05:00\"}");

		assertProblem(result, 422, "too-soon");
		assertThat(result).bodyJson().extractingPath("$.earliest_start").isEqualTo("2026-03-02T10:15:00-05:00");
	}

	private MvcTestResult get(String target) {
		return this.mvc.get().uri(target).header("X-API-Key", BellaIntegrationTest.API_KEY).exchange();
	}

	private MvcTestResult post(String path, String json) {
		return this.mvc.post()
			.uri(path)
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String type) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyText().doesNotContain("Exception").doesNotContain("\tat ");
		if (type != null) {
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://bella.io/problems/" + type);
		}
	}

}
