package io.bella.messaging;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.BellaIntegrationTest;
import io.bella.EmbeddedPostgres;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.voice.CallRecords;
import io.bella.voice.TwilioProperties;
import io.bella.voice.WebhookDatabaseBudget;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messaging module with the booking module whose events it listens to, on embedded
 * PostgreSQL and against the fakes of Twilio and the OpenAI API: what it does about those
 * events, after the publishing transaction commits. Of the voice module it needs only the
 * Twilio account's settings, the call records (mocked: no call is on record) and the
 * webhooks' database budget (mocked: no webhook is called here).
 */
@ApplicationModuleTest(extraIncludes = "booking")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@Import({ TestClockConfiguration.class, FakeRemoteSystems.BaseUrls.class })
@TestPropertySource(properties = { "bella.api.key=" + BellaIntegrationTest.API_KEY,
		"bella.twilio.auth-token=" + BellaIntegrationTest.TWILIO_AUTH_TOKEN,
		"bella.twilio.account-sid=" + FakeRemoteSystems.TWILIO_ACCOUNT_SID,
		"bella.twilio.from-number=" + FakeRemoteSystems.TWILIO_FROM_NUMBER,
		"bella.whisper.api-key=" + FakeRemoteSystems.OPENAI_API_KEY, "bella.messages.retry-interval=1h",
		"bella.messages.reconcile-interval=1h", "bella.reminders.scan-interval=30d",
		"bella.voice.warm-up.enabled=false", "bella.redis.url=",
		"management.endpoint.health.validate-group-membership=false" })
class MessagingModuleIntegrationTests {

	static final String ACCOUNT = "/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID;

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	static final WireMockServer openAi = FakeRemoteSystems.openAi();

	@MockitoBean
	CallRecords calls;

	@MockitoBean
	WebhookDatabaseBudget webhookDatabaseBudget;

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	AppointmentTypes appointmentTypes;

	@Autowired
	CallbackRequests callbackRequests;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void reset() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		twilio.resetAll();
		openAi.resetAll();
		this.breakers.getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	@Test
	void aBookingIsTextedToThePatientOnceClaimedAndTwilioTookIt(Scenario scenario) {
		twilio.stubFor(post(urlPathEqualTo(ACCOUNT + "/Messages.json")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}")));
		Patient patient = this.patients.register("Jane Doe", "+14165557801", null);

		scenario.stimulate(() -> book(patient, 10))
			.andWaitForStateChange(() -> text(patient.phone()), (text) -> text.isPresent() && text.get().sent())
			.andVerify((text, appointment) -> {
				assertThat(text.get().effectKey()).isEqualTo("appointment-booked:" + appointment.id());
				assertThat(text.get().messageSid()).isEqualTo("SM0123456789abcdef0123456789abcdef");
				assertThat(text.get().body()).startsWith("Maple Dental Centre: your checkup").contains("is booked for");
				twilio.verify(1,
						postRequestedFor(urlPathEqualTo(ACCOUNT + "/Messages.json"))
							.withFormParam("To", equalTo(patient.phone()))
							.withFormParam("Body", equalTo(text.get().body())));
			});
	}

	@Test
	void aTextTwilioRefusedStaysClaimedAsFailedForTheRetries(Scenario scenario) {
		twilio.stubFor(post(urlPathEqualTo(ACCOUNT + "/Messages.json"))
			.willReturn(SmsConfirmationsIntegrationTests.tooManyRequests()));
		Patient patient = this.patients.register("Jane Doe", "+14165557802", null);

		scenario.stimulate(() -> book(patient, 11))
			.andWaitForStateChange(() -> text(patient.phone()), (text) -> text.isPresent() && text.get().failed())
			.andVerify((text, appointment) -> {
				assertThat(text.get().messageSid()).isNull();
				assertThat(this.jdbc
					.sql("SELECT completion_date IS NULL FROM event_publication WHERE listener_id = ? "
							+ "AND serialized_event LIKE ?")
					.params(SmsConfirmations.BOOKED_LISTENER, "%\"appointment_id\":" + appointment.id() + ",%")
					.query(Boolean.class)
					.single()).as("incomplete, for the retries").isTrue();
			});
	}

	@Test
	void aVoicemailRecordedIsTranscribedAndTakenAsAMessage(Scenario scenario) {
		String recordingSid = "RE" + "1".repeat(32);
		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Recordings/" + recordingSid + ".wav"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/x-wav").withBody("RIFF")));
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions"))
			.willReturn(okJson("{\"text\": \" Please call me back about my cleaning. \"}")));
		long request = storeCallbackRequest("CA" + "1".repeat(32), recordingSid);

		scenario.publish(new VoicemailRecorded(request, recordingSid))
			.andWaitForEventOfType(MessageTaken.class)
			.matchingMappedValue(MessageTaken::recordingSid, recordingSid)
			.toArriveAndVerify((message) -> {
				assertThat(message.callbackRequestId()).isEqualTo(request);
				assertThat(message.transcribed()).isTrue();
				assertThat(this.callbackRequests.findById(request)).get()
					.extracting(CallbackRequest::transcript)
					.isEqualTo("Please call me back about my cleaning.");
			});
	}

	@Test
	void aVoicemailThatCannotBeTranscribedIsStillTakenAsAMessage(Scenario scenario) {
		String recordingSid = "RE" + "2".repeat(32);
		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Recordings/" + recordingSid + ".wav"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/x-wav").withBody("RIFF")));
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(serverError()));
		long request = storeCallbackRequest("CA" + "2".repeat(32), recordingSid);

		scenario.publish(new VoicemailRecorded(request, recordingSid))
			.andWaitForEventOfType(MessageTaken.class)
			.matchingMappedValue(MessageTaken::recordingSid, recordingSid)
			.toArriveAndVerify((message) -> {
				assertThat(message.transcribed()).isFalse();
				assertThat(this.callbackRequests.findById(request)).get()
					.extracting(CallbackRequest::transcript)
					.isEqualTo(CallbackRequest.TRANSCRIPTION_UNAVAILABLE);
			});
	}

	/** A checkup on Tuesday 3 March 2026, the day after the clock's. */
	private Appointment book(Patient patient, int hour) {
		Instant tuesday = LocalDateTime.of(2026, 3, 3, hour, 0).atZone(ZoneId.of("America/Toronto")).toInstant();
		long checkup = this.appointmentTypes.findByName("checkup").orElseThrow().id();
		return this.bookings
			.book(new BookingRequest(patient.id(), tuesday, null, checkup, null, null, BookingSource.API));
	}

	private long storeCallbackRequest(String callSid, String recordingSid) {
		return this.callbackRequests.insert(callSid, "+14165550123", recordingSid,
				"https://api.twilio.com" + ACCOUNT + "/Recordings/" + recordingSid, 14, null, this.clock.instant());
	}

	private Optional<Text> text(String recipient) {
		return this.jdbc.sql("SELECT effect_key, status, message_sid, body FROM outbound_message WHERE recipient = ?")
			.param(recipient)
			.query((rs, row) -> new Text(rs.getString("effect_key"), rs.getString("status"),
					rs.getString("message_sid"), rs.getString("body")))
			.optional();
	}

	/**
	 * The Twilio account's settings, which the voice module binds and the module test
	 * drops with the rest of that module.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class TwilioAccount {

		@Bean
		TwilioProperties twilioProperties(Environment environment) {
			return Binder.get(environment).bindOrCreate("bella.twilio", TwilioProperties.class);
		}

	}

	/**
	 * A text as the module claimed it.
	 */
	record Text(String effectKey, String status, String messageSid, String body) {

		boolean sent() {
			return "sent".equals(this.status);
		}

		boolean failed() {
			return "failed".equals(this.status);
		}

	}

}
