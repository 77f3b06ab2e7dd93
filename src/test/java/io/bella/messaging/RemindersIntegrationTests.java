package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.TestClockConfiguration;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestConstructor;
import org.springframework.test.util.AopTestUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appointment reminders from real bookings, texted through Bella's Twilio client to the
 * fake Twilio as the clock moves through November 2026 (daylight-saving time ends on
 * Sunday 1 November). Each test has a week of its own, so that no scan sees another
 * test's appointments.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RemindersIntegrationTests {

	static final String MESSAGES = SmsConfirmationsIntegrationTests.MESSAGES;

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	// numbers of their own in a shared database: +1 416 555 8xxx
	static final AtomicInteger phones = new AtomicInteger(8000);

	private final Reminders reminders;

	private final ReminderProperties properties;

	private final ReminderSender sender;

	private final ConfirmationDetails details;

	private final BookingService bookings;

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final SmsConfirmations confirmations;

	private final CircuitBreakerRegistry breakers;

	private final MeterRegistry meters;

	private final MutableClock clock;

	RemindersIntegrationTests(Reminders reminders, ReminderProperties properties, ReminderSender sender,
			ConfirmationDetails details, BookingService bookings, Patients patients, Providers providers,
			AppointmentTypes appointmentTypes, SmsConfirmations confirmations, CircuitBreakerRegistry breakers,
			MeterRegistry meters, MutableClock clock) {
		this.reminders = reminders;
		this.properties = properties;
		this.sender = sender;
		this.details = details;
		this.bookings = bookings;
		this.patients = patients;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.confirmations = confirmations;
		this.breakers = breakers;
		this.meters = meters;
		this.clock = clock;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(SmsConfirmationsIntegrationTests.created()));
		this.breakers.circuitBreaker("twilio").reset();
		// bookings are made a good while ahead
		this.clock.set(toronto("2026-10-26T10:00"));
	}

	@AfterEach
	void restoreClock() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
	}

	@Test
	void dayBeforeAndTwoHourRemindersGoAtTheirMinuteInTheWeekClocksGoBack() {
		Patient patient = newPatient();
		Appointment appointment = book(patient, "2026-11-02T11:00");

		scanAt("2026-11-01T10:59");
		assertThat(reminders(patient)).isZero();
		scanAt("2026-11-01T11:00");
		assertThat(reminders(patient)).isOne();
		twilio
			.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
				.withFormParam("Body", equalTo("Maple Dental Centre: reminder of your visit with "
						+ providerName(appointment)
						+ " on Mon Nov 2 at 11:00 AM. Reply C to confirm or R to reschedule; call us to cancel")));

		scanAt("2026-11-02T08:59");
		assertThat(reminders(patient)).isOne();
		scanAt("2026-11-02T09:00");
		assertThat(reminders(patient)).isEqualTo(2);
		scanAt("2026-11-02T10:30");
		assertThat(reminders(patient)).isEqualTo(2);
	}

	@Test
	void quietHoursMoveTheTwoHourReminderToTheEveningBeforeAndHoldBackLateOnes() {
		Patient early = newPatient();
		book(early, "2026-11-10T09:00");
		// 2 h before 9:00 is quiet: due at 20:59 the evening before
		scanAt("2026-11-09T09:00");
		assertThat(reminders(early)).isOne();
		scanAt("2026-11-09T20:58");
		assertThat(reminders(early)).isOne();
		scanAt("2026-11-09T20:59");
		assertThat(reminders(early)).isEqualTo(2);
		scanAt("2026-11-10T07:00");
		assertThat(reminders(early)).isEqualTo(2);

		// Bella was down from before the day-before reminder until 22:00: it waits for
		// the morning, and goes before the 2 h one is due
		Patient afterDowntime = newPatient();
		book(afterDowntime, "2026-11-12T11:00");
		scanAt("2026-11-11T22:00");
		assertThat(reminders(afterDowntime)).isZero();
		scanAt("2026-11-12T08:00");
		assertThat(reminders(afterDowntime)).isOne();
		scanAt("2026-11-12T09:00");
		assertThat(reminders(afterDowntime)).isEqualTo(2);

		// found after the 2 h reminder was due: the day-before one gives way to it
		Patient late = newPatient();
		book(late, "2026-11-13T11:00");
		scanAt("2026-11-13T09:30");
		assertThat(reminders(late)).isOne();
	}

	@Test
	void cancelledAppointmentGetsNoReminder() {
		Patient patient = newPatient();
		Appointment appointment = book(patient, "2026-11-16T11:00");
		this.bookings.cancel(appointment.id(), "feeling better", BookingSource.API);

		scanAt("2026-11-15T11:00");
		scanAt("2026-11-16T09:00");

		assertThat(reminders(patient)).isZero();
	}

	@Test
	void movedAppointmentIsRemindedOfItsNewTimeOnly() {
		Patient patient = newPatient();
		Appointment booked = book(patient, "2026-11-24T11:00");
		Appointment moved = this.bookings.reschedule(booked.id(), toronto("2026-11-26T14:00"), null, BookingSource.API);

		scanAt("2026-11-23T11:00");
		scanAt("2026-11-24T09:00");
		assertThat(reminders(patient)).isZero();

		scanAt("2026-11-25T14:00");
		scanAt("2026-11-26T12:00");
		assertThat(reminders(patient)).isEqualTo(2);
		assertThat(
				twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
					.withFormParam("Body", containing("with " + providerName(moved) + " on Thu Nov 26 at 2:00 PM."))))
			.hasSize(2);
	}

	@Test
	void concurrentScansOnTwoInstancesAndARedeliveredBookingSendOneTextPerOffset() throws Exception {
		// Twilio takes a moment, so that the scans overlap while a text is being sent
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(SmsConfirmationsIntegrationTests.created().withFixedDelay(300)));
		Patient patient = newPatient();
		Appointment appointment = book(patient, "2026-12-02T11:00");
		Reminders otherInstance = new Reminders(this.properties, this.bookings, this.details, this.sender, this.clock);

		// the booking's own confirmation has gone, as before a redelivery
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio
				.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
					.withFormParam("Body", containing("is booked for"))));

		this.clock.set(toronto("2026-12-01T11:00"));
		scanConcurrently(otherInstance);
		SmsConfirmations target = AopTestUtils.getUltimateTargetObject(this.confirmations);
		target.on(new AppointmentBooked(appointment.id(), patient.id(), appointment.providerId(),
				appointment.startsAt(), appointment.endsAt(), BookingSource.API));
		// the redelivery finds the confirmation's claim sent: no second confirmation
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
			.withFormParam("Body", containing("is booked for")));
		scanConcurrently(otherInstance);
		assertThat(reminders(patient)).isOne();

		this.clock.set(toronto("2026-12-02T09:00"));
		scanConcurrently(otherInstance);
		scanConcurrently(otherInstance);
		assertThat(reminders(patient)).isEqualTo(2);
	}

	@Test
	void reminderTwilioDidNotTakeIsSentByTheNextScan() {
		Patient patient = newPatient();
		book(patient, "2026-12-10T11:00");
		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(SmsConfirmationsIntegrationTests.tooManyRequests()));
		double failed = count("failed");
		double sent = count("sent");

		scanAt("2026-12-09T11:00");
		// made once: Bella's Twilio client never repeats a create
		int refused = reminders(patient);
		assertThat(refused).isEqualTo(1);
		assertThat(count("failed")).isEqualTo(failed + 1);

		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(SmsConfirmationsIntegrationTests.created()));
		scanAt("2026-12-09T11:01");
		scanAt("2026-12-09T11:02");
		assertThat(reminders(patient)).isEqualTo(refused + 1);
		assertThat(count("sent")).isEqualTo(sent + 1);
	}

	@Test
	void reminderTwilioRefusedForGoodIsNotOfferedAgainAfterARestart() {
		Patient patient = newPatient();
		book(patient, "2026-12-16T11:00");
		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21211, \"message\": \"Invalid 'To' Phone Number\", \"status\": 400}")));
		double rejected = count("rejected");

		scanAt("2026-12-15T11:00");
		assertThat(reminders(patient)).isOne();
		assertThat(count("rejected")).isEqualTo(rejected + 1);

		// a restarted instance remembers nothing of what its scans settled
		Reminders restarted = new Reminders(this.properties, this.bookings, this.details, this.sender, this.clock);
		this.clock.set(toronto("2026-12-15T11:01"));
		restarted.scan();
		scanAt("2026-12-15T11:02");
		assertThat(reminders(patient)).isOne();
		assertThat(count("rejected")).isEqualTo(rejected + 1);
	}

	private void scanConcurrently(Reminders otherInstance) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Void>> scans = List.of(this.reminders, this.reminders, otherInstance, otherInstance)
				.stream()
				.map((instance) -> CompletableFuture.runAsync(() -> {
					awaitStart(start);
					instance.scan();
				}, threads))
				.toList();
			start.countDown();
			CompletableFuture.allOf(scans.toArray(CompletableFuture[]::new)).get();
		}
		finally {
			threads.shutdown();
		}
	}

	private static void awaitStart(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void scanAt(String localDateTime) {
		this.clock.set(toronto(localDateTime));
		this.reminders.scan();
	}

	// reminder texts Twilio was asked to send to the patient
	private int reminders(Patient patient) {
		return twilio
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
				.withFormParam("Body", containing("reminder of your visit")))
			.size();
	}

	private double count(String outcome) {
		var counter = this.meters.find("bella.reminders").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private Patient newPatient() {
		return this.patients.register("Reminded Patient", "+1416555" + String.format("%04d", phones.incrementAndGet()),
				null);
	}

	private Appointment book(Patient patient, String localDateTime) {
		return this.bookings.book(new BookingRequest(patient.id(), toronto(localDateTime), null,
				this.appointmentTypes.findByName("checkup").orElseThrow().id(), null, null, BookingSource.API));
	}

	private String providerName(Appointment appointment) {
		return this.providers.findById(appointment.providerId()).orElseThrow().name();
	}

	private static Instant toronto(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TORONTO).toInstant();
	}

}
