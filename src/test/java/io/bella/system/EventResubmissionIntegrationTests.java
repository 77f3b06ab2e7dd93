package io.bella.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Availability;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Slot;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With republication at start turned off, a publication a crash left incomplete is
 * completed by the resubmission job once it is older than 5 min, and its listener's
 * effect (the booking's confirmation text) happens once, however often it is resubmitted;
 * a younger one is left to whatever instance may still be working on it.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class EventResubmissionIntegrationTests {

	static final String MESSAGES = "/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID + "/Messages.json";

	static final String BOOKED_LISTENER = "sms-confirmation-booked";

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	// numbers of their own in a shared database: +1 416 555 6xxx
	static final AtomicInteger phones = new AtomicInteger(6000);

	private final Patients patients;

	private final AppointmentTypes appointmentTypes;

	private final Availability availability;

	private final BookingService bookings;

	private final EventResubmission resubmission;

	private final CircuitBreakerRegistry breakers;

	private final JdbcClient jdbc;

	private final Clock clock;

	EventResubmissionIntegrationTests(Patients patients, AppointmentTypes appointmentTypes, Availability availability,
			BookingService bookings, EventResubmission resubmission, CircuitBreakerRegistry breakers, JdbcClient jdbc,
			Clock clock) {
		this.patients = patients;
		this.appointmentTypes = appointmentTypes;
		this.availability = availability;
		this.bookings = bookings;
		this.resubmission = resubmission;
		this.breakers = breakers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Test
	void aPublicationACrashLeftIncompleteIsCompletedByTheResubmissionJobWithOneText() {
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
		// Twilio refusing for a while (429): not taken, safe to send again (a 5xx would
		// leave
		// the outcome unknown, to be looked up in the message list first)
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}")));
		Patient old = newPatient();
		Patient young = newPatient();
		Appointment interrupted = book(old, 1);
		Appointment recent = book(young, 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(interrupted)));
		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(recent)));
		// as a kill -9 leaves them: published, never completed
		leftByACrash(interrupted, Duration.ofMinutes(6));
		leftByACrash(recent, Duration.ofMinutes(1));
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));

		this.resubmission.resubmit();
		this.resubmission.resubmit();

		await().atMost(Duration.ofSeconds(10)).until(() -> completed(interrupted));
		this.resubmission.resubmit();
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(old.phone())));
		twilio.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(young.phone())));
		assertThat(completed(recent)).isFalse();
	}

	private void leftByACrash(Appointment appointment, Duration age) {
		this.jdbc.sql("""
				UPDATE event_publication SET status = 'PUBLISHED', completion_date = NULL, publication_date = ?,
				    last_resubmission_date = NULL
				WHERE listener_id = ? AND serialized_event LIKE ?""")
			.params(this.clock.instant().minus(age).atOffset(ZoneOffset.UTC), BOOKED_LISTENER, like(appointment))
			.update();
	}

	private String status(Appointment appointment) {
		return this.jdbc.sql("SELECT status FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?")
			.params(BOOKED_LISTENER, like(appointment))
			.query(String.class)
			.single();
	}

	private boolean completed(Appointment appointment) {
		return this.jdbc
			.sql("SELECT completion_date IS NOT NULL FROM event_publication "
					+ "WHERE listener_id = ? AND serialized_event LIKE ?")
			.params(BOOKED_LISTENER, like(appointment))
			.query(Boolean.class)
			.single();
	}

	private static String like(Appointment appointment) {
		return "%\"appointment_id\":" + appointment.id() + ",%";
	}

	private Patient newPatient() {
		return this.patients.register("Jane Roe", "+1416555" + String.format("%04d", phones.incrementAndGet()), null);
	}

	private Appointment book(Patient patient, int daysAhead) {
		AppointmentType checkup = this.appointmentTypes.findByName("checkup").orElseThrow();
		Instant from = this.clock.instant().plus(Duration.ofDays(daysAhead));
		List<Slot> slots = this.availability.firstAvailable(from, checkup.id(), null, null, 1);
		Slot slot = slots.get(0);
		return this.bookings.book(new BookingRequest(patient.id(), slot.startsAt(), null, checkup.id(),
				slot.providerId(), null, BookingSource.API));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123456789abcdef0123456789abcd01\", \"account_sid\": \""
					+ FakeRemoteSystems.TWILIO_ACCOUNT_SID
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\"}");
	}

}
