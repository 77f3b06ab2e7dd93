package io.bella.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Availability;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.booking.Slot;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.util.AopTestUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMS confirmations from real bookings, sent after commit through Bella's Twilio client
 * to a fake Twilio REST server, kept in the event publication registry until Twilio took
 * them.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class SmsConfirmationsIntegrationTests {

	static final String ACCOUNT_SID = FakeRemoteSystems.TWILIO_ACCOUNT_SID;

	static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a", Locale.US);

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	// numbers of their own in a shared database: +1 416 555 7xxx
	static final AtomicInteger phones = new AtomicInteger(7000);

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final Availability availability;

	private final BookingService bookings;

	private final IncompleteMessageRetries retries;

	private final CircuitBreakerRegistry breakers;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmsConfirmations confirmations;

	SmsConfirmationsIntegrationTests(Patients patients, Providers providers, AppointmentTypes appointmentTypes,
			Availability availability, BookingService bookings, IncompleteMessageRetries retries,
			CircuitBreakerRegistry breakers, JdbcClient jdbc, Clock clock, SmsConfirmations confirmations) {
		this.patients = patients;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.availability = availability;
		this.bookings = bookings;
		this.retries = retries;
		this.breakers = breakers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.confirmations = confirmations;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
	}

	@Test
	void bookingTextsTheConfirmationAfterCommit() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		Patient patient = newPatient();

		Appointment appointment = book(patient);

		String expected = "Maple Dental Centre: your checkup with " + providerName(appointment) + " is booked for "
				+ local(appointment) + ". Reply or call (416) 555-0100 to change.";
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
				.withBasicAuth(new BasicCredentials(ACCOUNT_SID, BellaIntegrationTest.TWILIO_AUTH_TOKEN))
				.withFormParam("To", equalTo(patient.phone()))
				.withFormParam("From", equalTo(FakeRemoteSystems.TWILIO_FROM_NUMBER))
				.withFormParam("Body", equalTo(expected))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("completed", true));
	}

	@Test
	void bookingEventDeliveredAgainAfterTheTextWasSentSendsNothing() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		Patient patient = newPatient();
		Appointment appointment = book(patient);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("completed", true));

		// as the registry republishes an event whose completion a kill -9 did not record;
		// on the target itself, so that the call is over when it returns
		SmsConfirmations target = AopTestUtils.getUltimateTargetObject(this.confirmations);
		target.on(new AppointmentBooked(appointment.id(), patient.id(), appointment.providerId(),
				appointment.startsAt(), appointment.endsAt(), BookingSource.API));

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone())));
	}

	@Test
	void rescheduleAndCancelTextTheirOwnVariants() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		Patient patient = newPatient();
		Appointment booked = book(patient);
		Slot later = this.availability
			.firstAvailable(booked.endsAt().plus(Duration.ofDays(1)), checkup().id(), null, null, 1)
			.get(0);

		Appointment moved = this.bookings.reschedule(booked.id(), later.startsAt(), later.providerId(),
				BookingSource.API);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio
				.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
					.withFormParam("Body",
							equalTo("Maple Dental Centre: your checkup has moved from " + local(booked) + " to "
									+ local(moved) + " with " + providerName(moved)
									+ ". Reply or call (416) 555-0100 to change."))));

		this.bookings.cancel(moved.id(), "feeling better", BookingSource.API);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio
				.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
					.withFormParam("Body", containing("on " + local(moved) + " is cancelled. Call (416) 555-0100"))));
	}

	@Test
	void twilioRefusalForAWhileLeavesThePublicationIncompleteAndARetrySendsIt() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(tooManyRequests()));
		Patient patient = newPatient();

		Appointment appointment = book(patient);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("completed", false)
				.containsEntry("status", "FAILED"));
		assertThat(twilio
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))))
			.isNotEmpty();

		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		this.retries.retry();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
						.withFormParam("Body", containing("is booked for " + local(appointment)))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("completed", true));
	}

	@Test
	void retryAfterCancellationSendsOnlyTheCancellation() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(tooManyRequests()));
		Patient patient = newPatient();
		Appointment appointment = book(patient);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("status", "FAILED"));
		this.bookings.cancel(appointment.id(), null, BookingSource.API);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.CANCELLED_LISTENER, appointment))
				.containsEntry("status", "FAILED"));

		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		this.retries.retry();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("completed", true));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
						.withFormParam("Body", containing("is cancelled"))));
		assertThat(
				twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))
					.withFormParam("Body", containing("is booked"))))
			.isEmpty();
	}

	@Test
	void twilioBreakerFromApplicationYamlOpensAfterRepeatedFailures() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(serverError()));
		CircuitBreaker breaker = this.breakers.circuitBreaker("twilio");
		int minimumCalls = breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls();
		assertThat(minimumCalls).isEqualTo(5);

		for (int i = 0; i < minimumCalls; i++) {
			book(newPatient());
		}

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN));
		int requests = twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();
		Appointment refused = book(newPatient());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, refused))
				.containsEntry("status", "FAILED"));
		assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).hasSize(requests);
	}

	@Test
	void openBreakerKeepsTheTextForLaterWithoutCallingTwilio() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		this.breakers.circuitBreaker("twilio").transitionToForcedOpenState();
		Patient patient = newPatient();

		Appointment appointment = book(patient);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publication(SmsConfirmations.BOOKED_LISTENER, appointment))
				.containsEntry("status", "FAILED"));
		assertThat(twilio.getAllServeEvents()).isEmpty();

		this.breakers.circuitBreaker("twilio").reset();
		this.retries.retry();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> twilio.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))));
	}

	private Patient newPatient() {
		return this.patients.register("Jane Doe", "+1416555" + String.format("%04d", phones.incrementAndGet()), null);
	}

	private Appointment book(Patient patient) {
		AppointmentType checkup = checkup();
		List<Slot> slots = this.availability.firstAvailable(this.clock.instant().plus(Duration.ofDays(1)), checkup.id(),
				null, null, 1);
		Slot slot = slots.get(0);
		return this.bookings.book(new BookingRequest(patient.id(), slot.startsAt(), null, checkup.id(),
				slot.providerId(), null, BookingSource.API));
	}

	private AppointmentType checkup() {
		return this.appointmentTypes.findByName("checkup").orElseThrow();
	}

	private String providerName(Appointment appointment) {
		return this.providers.findById(appointment.providerId()).orElseThrow().name();
	}

	static String local(Appointment appointment) {
		return WHEN.format(appointment.startsAt().atZone(ZoneId.of("America/Toronto")));
	}

	private Map<String, Object> publication(String listener, Appointment appointment) {
		return this.jdbc
			.sql("SELECT completion_date, status FROM event_publication WHERE listener_id = ? "
					+ "AND serialized_event LIKE ?")
			.params(listener, "%\"appointment_id\":" + appointment.id() + ",%")
			.query((rs, row) -> Map.<String, Object>of("completed", rs.getObject("completion_date") != null, "status",
					String.valueOf(rs.getString("status"))))
			.single();
	}

	/**
	 * Twilio refusing a text for a while (429): it did not take it, and sending it again
	 * is safe. A 5xx would leave the outcome unknown.
	 */
	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tooManyRequests() {
		return aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}");
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"account_sid\": \"" + ACCOUNT_SID
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\"}");
	}

}
