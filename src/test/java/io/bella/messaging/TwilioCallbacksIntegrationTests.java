package io.bella.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.BellaIntegrationTest;
import io.bella.FailingDataSource;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.voice.TwilioWebhookSigner;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Twilio's webhooks as an attacker or a failing database would meet them: replays with
 * repeated parameters, forwarded headers from a trusted proxy, status and recording
 * callbacks while the database does not answer, and the voicemails recovered from
 * Twilio's recording list (a fake Twilio REST API) afterwards.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class TwilioCallbacksIntegrationTests {

	static final String AUTH_TOKEN = BellaIntegrationTest.TWILIO_AUTH_TOKEN;

	static final String ACCOUNT_SID = FakeRemoteSystems.TWILIO_ACCOUNT_SID;

	static final String CALLER = "+14165550123";

	static final String CLINIC = "+14165550100";

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	private final int port;

	private final JdbcClient jdbc;

	private final FailingDataSource database;

	private final RecordingReconciliation reconciliation;

	private final CircuitBreakerRegistry breakers;

	private final Patients patients;

	private final BookingService bookings;

	private final AppointmentTypes appointmentTypes;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Clock clock;

	TwilioCallbacksIntegrationTests(@LocalServerPort int port, JdbcClient jdbc, FailingDataSource database,
			RecordingReconciliation reconciliation, CircuitBreakerRegistry breakers, Patients patients,
			BookingService bookings, AppointmentTypes appointmentTypes, Clock clock) {
		this.port = port;
		this.jdbc = jdbc;
		this.database = database;
		this.reconciliation = reconciliation;
		this.breakers = breakers;
		this.patients = patients;
		this.bookings = bookings;
		this.appointmentTypes = appointmentTypes;
		this.clock = clock;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
	}

	@AfterEach
	void databaseBack() {
		this.database.up();
	}

	@Test
	void replayedWebhookWithARepeatedCallSidAndSpeechIsRefusedAndChangesNothing() throws Exception {
		Patient victim = this.patients.register("Emily Roy", "+14165550177", null);
		Appointment appointment = this.bookings.book(new BookingRequest(victim.id(), nextWeekdayAt10(), null,
				this.appointmentTypes.findByName("cleaning").orElseThrow().id(), null, null, BookingSource.API));
		String victimCall = TwilioWebhookSigner.sid("CA");
		assertThat(post("/twilio/voice", call(victimCall, "+14165550177")).statusCode()).isEqualTo(200);
		Map<String, String> cancel = call(victimCall, "+14165550177");
		cancel.put("SpeechResult", "I want to cancel my appointment");
		cancel.put("Confidence", "0.9");
		assertThat(post("/twilio/gather?turn=1", cancel).body()).contains("cancel it?");
		// turns are recorded just after the answer
		await().atMost(Duration.ofSeconds(10)).until(() -> turns(victimCall) == 2);

		// a request Twilio signed for the attacker's own call, replayed with a second
		// CallSid and SpeechResult appended and the signature left as it was
		String attackerCall = TwilioWebhookSigner.sid("CA");
		Map<String, String> recorded = call(attackerCall, CALLER);
		recorded.put("SpeechResult", "no");
		recorded.put("Confidence", "0.9");
		String url = url("/twilio/gather?turn=2");
		HttpResponse<String> replay = send(
				HttpRequest.newBuilder(URI.create(url))
					.header("X-Twilio-Signature", TwilioWebhookSigner.signature(AUTH_TOKEN, url, recorded)),
				TwilioWebhookSigner.form(recorded) + "&CallSid=" + victimCall + "&SpeechResult=yes");

		assertThat(replay.statusCode()).isIn(400, 403);
		assertThat(this.bookings.findById(appointment.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(turns(victimCall)).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM call_record WHERE call_sid LIKE ?")
			.param("%" + attackerCall + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void forwardedHeadersOfATrustedProxyIncludingThePrefixGiveTheSignedUrl() throws Exception {
		Map<String, String> params = call(TwilioWebhookSigner.sid("CA"), CALLER);
		String publicUrl = "https://clinic.example/bella/twilio/voice";
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(url("/twilio/voice")))
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "clinic.example")
					.header("X-Forwarded-Port", "443")
					.header("X-Forwarded-Prefix", "/bella")
					.header("X-Twilio-Signature", TwilioWebhookSigner.signature(AUTH_TOKEN, publicUrl, params)),
				TwilioWebhookSigner.form(params));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<Gather");
	}

	@Test
	void textTheDatabaseCouldNotRecordIsAnswered503SoThatTwilioRetriesIt() throws Exception {
		String messageSid = TwilioWebhookSigner.sid("SM");
		Map<String, String> text = new LinkedHashMap<>();
		text.put("MessageSid", messageSid);
		text.put("AccountSid", ACCOUNT_SID);
		text.put("From", "+14165550178");
		text.put("To", "+14165550100");
		text.put("Body", "Running late, sorry");

		this.database.down();
		HttpResponse<String> failed = post("/twilio/sms", text);
		this.database.up();

		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.body()).doesNotContain("Exception").doesNotContain("at io.bella");
		assertThat(inboundMessages(messageSid)).isZero();
		// Twilio's retry of the same MessageSid is recorded once
		assertThat(post("/twilio/sms", text).statusCode()).isEqualTo(200);
		assertThat(post("/twilio/sms", text).statusCode()).isEqualTo(200);
		assertThat(inboundMessages(messageSid)).isOne();
	}

	@Test
	void malformedCallDurationStillClosesTheCallRecord() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		assertThat(post("/twilio/voice", call(callSid, CALLER)).statusCode()).isEqualTo(200);
		Map<String, String> status = call(callSid, CALLER);
		status.put("CallStatus", "completed");
		status.put("CallDuration", "12s");

		assertThat(post("/twilio/status", status).statusCode()).isEqualTo(204);
		assertThat(this.jdbc.sql("SELECT ended_at IS NOT NULL FROM call_record WHERE call_sid = ?")
			.param(callSid)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void statusCallbackIsAnsweredWithinItsBudgetWhileTheDatabaseHangsAndClosesTheCallLater() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		assertThat(post("/twilio/voice", call(callSid, CALLER)).statusCode()).isEqualTo(200);
		Map<String, String> status = call(callSid, CALLER);
		status.put("CallStatus", "completed");
		status.put("CallDuration", "42");

		this.database.hang();
		long started = System.nanoTime();
		HttpResponse<String> response = post("/twilio/status", status);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.database.up();

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(took).isLessThan(Duration.ofMillis(1500));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT duration_sec FROM call_record WHERE call_sid = ?")
				.param(callSid)
				.query(Integer.class)
				.optional()
				.orElse(-1) == 42);
	}

	@Test
	void voicemailWhoseCallbackFoundTheDatabaseHangingIsStoredFromTwiliosListOnce() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		this.database.hang();
		long started = System.nanoTime();
		HttpResponse<String> response = post("/twilio/recording", recording(callSid, recordingSid));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// as the pool would after its connection timeout: the waiting work fails
		this.database.timeOut();

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(took).isLessThan(Duration.ofMillis(1500));
		assertThat(callbackRequests(recordingSid)).isZero();

		twilio.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings.json"))
			.willReturn(okJson(recordingList(callSid, recordingSid, TwilioWebhookSigner.sid("RE")))));
		assertThat(this.reconciliation.reconcile()).isEqualTo(1);
		assertThat(this.reconciliation.reconcile()).isZero();

		assertThat(callbackRequests(recordingSid)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT call_sid FROM callback_request WHERE recording_sid = ?")
			.param(recordingSid)
			.query(String.class)
			.single()).isEqualTo(callSid);
		assertThat(twilio.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings.json"))
			.withQueryParam("DateCreated>", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))))
			.isNotEmpty();
	}

	private Instant nextWeekdayAt10() {
		ZonedDateTime day = ZonedDateTime.now(this.clock.withZone(ZoneId.of("America/Toronto")))
			.plusDays(2)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		return day.toInstant();
	}

	/**
	 * Twilio's recording list: the voicemail, and a recording of a transferred call that
	 * is not one.
	 */
	private static String recordingList(String callSid, String voicemailSid, String otherSid) {
		String created = ZonedDateTime.now(ZoneId.of("UTC"))
			.format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
		return """
				{"recordings": [
				  %s,
				  %s
				],
				"first_page_uri": "/2010-04-01/Accounts/%s/Recordings.json?PageSize=100&Page=0",
				"next_page_uri": null, "previous_page_uri": null, "page": 0, "page_size": 100,
				"uri": "/2010-04-01/Accounts/%s/Recordings.json?PageSize=100&Page=0"}""".formatted(
				recordingJson(callSid, voicemailSid, "RecordVerb", created),
				recordingJson(TwilioWebhookSigner.sid("CA"), otherSid, "DialVerb", created), ACCOUNT_SID, ACCOUNT_SID);
	}

	private static String recordingJson(String callSid, String recordingSid, String source, String created) {
		return """
				{"account_sid": "%s", "api_version": "2010-04-01", "call_sid": "%s", "sid": "%s",
				 "date_created": "%s", "date_updated": "%s", "start_time": "%s", "duration": "14",
				 "channels": 1, "source": "%s", "status": "completed", "price": null, "price_unit": "USD",
				 "uri": "/2010-04-01/Accounts/%s/Recordings/%s.json"}""".formatted(ACCOUNT_SID, callSid, recordingSid,
				created, created, created, source, ACCOUNT_SID, recordingSid);
	}

	private static Map<String, String> recording(String callSid, String recordingSid) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", ACCOUNT_SID);
		params.put("CallSid", callSid);
		params.put("RecordingSid", recordingSid);
		params.put("RecordingUrl",
				"https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid);
		params.put("RecordingStatus", "completed");
		params.put("RecordingDuration", "14");
		return params;
	}

	private long callbackRequests(String recordingSid) {
		return this.jdbc.sql("SELECT COUNT(*) FROM callback_request WHERE recording_sid = ?")
			.param(recordingSid)
			.query(Long.class)
			.single();
	}

	private long turns(String callSid) {
		return this.jdbc.sql("SELECT COUNT(*) FROM call_turn WHERE call_sid = ?")
			.param(callSid)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> call(String callSid, String from) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", ACCOUNT_SID);
		params.put("CallSid", callSid);
		params.put("From", from);
		params.put("To", CLINIC);
		return params;
	}

	private long inboundMessages(String messageSid) {
		return this.jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE message_sid = ?")
			.param(messageSid)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> post(String target, Map<String, String> params) throws Exception {
		return TwilioWebhookSigner.post(this.http, url(target), AUTH_TOKEN, params);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String form) throws Exception {
		return TwilioWebhookSigner.send(this.http, request, form);
	}

	private String url(String target) {
		return "http://localhost:" + this.port + target;
	}

}
