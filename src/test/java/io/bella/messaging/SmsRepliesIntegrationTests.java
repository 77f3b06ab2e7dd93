package io.bella.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Availability;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Slot;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccounts;
import io.bella.voice.TwilioWebhookSigner;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Patients answering texts over Twilio's signed SMS webhook, opting out and back in, and
 * Twilio reporting what became of the texts Bella sent: the whole service against a fake
 * Twilio REST API, with the answers read back through the API.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class SmsRepliesIntegrationTests {

	static final String MESSAGES = "/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID + "/Messages.json";

	static final String CLINIC = FakeRemoteSystems.TWILIO_FROM_NUMBER;

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	// numbers of their own in a shared database: +1 416 555 86xx to 89xx
	static final AtomicInteger phones = new AtomicInteger(8600);

	private final int port;

	private final Patients patients;

	private final AppointmentTypes appointmentTypes;

	private final Availability availability;

	private final BookingService bookings;

	private final CircuitBreakerRegistry breakers;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WebApplicationContext context;

	private final StaffAccounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	SmsRepliesIntegrationTests(@LocalServerPort int port, Patients patients, AppointmentTypes appointmentTypes,
			Availability availability, BookingService bookings, CircuitBreakerRegistry breakers, JdbcClient jdbc,
			Clock clock, WebApplicationContext context, StaffAccounts accounts) {
		this.context = context;
		this.accounts = accounts;
		this.port = port;
		this.patients = patients;
		this.appointmentTypes = appointmentTypes;
		this.availability = availability;
		this.bookings = bookings;
		this.breakers = breakers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
	}

	@Test
	void cConfirmsTheTextedAppointmentAndTheApiShowsWhen() throws Exception {
		Patient patient = newPatient();
		Appointment appointment = bookAndText(patient);
		assertThat(api("/api/appointments/" + appointment.id()).get("confirmed_at").isNull()).isTrue();

		HttpResponse<String> answer = sms(patient.phone(), " c. ");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("<Message>")
			.contains("is confirmed")
			.contains(SmsConfirmationsIntegrationTests.local(appointment));
		assertThat(api("/api/appointments/" + appointment.id()).get("confirmed_at").isNull()).isFalse();
	}

	@Test
	void cWithoutAnUpcomingAppointmentSaysSoWithTheClinicsNumber() throws Exception {
		Patient patient = newPatient();

		assertThat(sms(patient.phone(), "C").body()).contains("no upcoming appointment").contains("(416) 555-0100");
	}

	@Test
	void rRaisesACallbackRequestNamingTheAppointmentAndAnswersWithTheClinicsNumber() throws Exception {
		Patient patient = newPatient();
		Appointment appointment = bookAndText(patient);

		String answer = sms(patient.phone(), "R").body();

		assertThat(answer).contains("please call us at (416) 555-0100 to choose a new time").doesNotContain("http");
		assertThat(callbackRequests(patient.phone())).singleElement()
			.asString()
			.contains("reschedule")
			.contains("appointment " + appointment.id());
	}

	@Test
	void cancelNeverCancelsAnAppointmentAndOptsTheNumberOut() throws Exception {
		Patient patient = newPatient();
		Appointment appointment = bookAndText(patient);

		HttpResponse<String> answer = sms(patient.phone(), "CANCEL");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("<Message");
		assertThat(this.bookings.findById(appointment.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(api("/api/users/" + patient.id()).get("sms_opt_out").asBoolean()).isTrue();
	}

	@Test
	void stopThenStartToggleTheOptOutOfEveryPatientOnTheNumber() throws Exception {
		Patient patient = newPatient();
		Patient child = this.patients.register("Sam Doe", patient.phone(), null);

		assertThat(sms(patient.phone(), "Stop").body()).doesNotContain("<Message");
		assertThat(api("/api/users/" + patient.id()).get("sms_opt_out").asBoolean()).isTrue();
		assertThat(api("/api/users/" + child.id()).get("sms_opt_out").asBoolean()).isTrue();
		assertThat(api("/api/users/" + child.id()).get("sms_opt_out_at").isNull()).isFalse();

		assertThat(sms(patient.phone(), "start").body()).doesNotContain("<Message");
		assertThat(api("/api/users/" + patient.id()).get("sms_opt_out").asBoolean()).isFalse();
		assertThat(api("/api/users/" + child.id()).get("sms_opt_out_at").isNull()).isTrue();
	}

	@Test
	void patientGivenAnotherNumberTakesThatNumbersOptOut() throws Exception {
		Patient patient = newPatient();
		Patient child = this.patients.register("Sam Doe", patient.phone(), null);
		String other = "+1416555" + phones.incrementAndGet();
		sms(patient.phone(), "STOP");

		this.patients.update(patient.id(), patient.name(), other, null);
		assertThat(this.patients.findById(patient.id()).orElseThrow().smsOptOut()).isFalse();
		assertThat(this.patients.findById(child.id()).orElseThrow().smsOptOut()).isTrue();

		this.patients.update(patient.id(), patient.name(), patient.phone(), null);
		assertThat(this.patients.findById(patient.id()).orElseThrow().smsOptOut()).isTrue();
	}

	@Test
	void patientWhoOptedOutGetsNoConfirmationTextAndStaffSeeWhy() throws Exception {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created(TwilioWebhookSigner.sid("SM"))));
		Patient patient = newPatient();
		sms(patient.phone(), "STOP");

		Appointment appointment = book(patient);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(messages(patient)).anySatisfy((message) -> {
				assertThat(message.get("direction").asString()).isEqualTo("sent");
				assertThat(message.get("appointment_id").asLong()).isEqualTo(appointment.id());
				assertThat(message.get("delivery_status").asString()).isEqualTo("opted_out");
			}));
		assertThat(twilio
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(patient.phone()))))
			.isEmpty();
	}

	@Test
	void twilioRefusingAnUnsubscribedNumberOptsThePatientOut() throws Exception {
		Patient patient = newPatient();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", \"status\": 400}")));

		book(patient);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(api("/api/users/" + patient.id()).get("sms_opt_out").asBoolean()).isTrue());
	}

	@Test
	void webhookTwilioRetriesActsOnceAndAnswersTheSame() throws Exception {
		Patient patient = newPatient();
		bookAndText(patient);
		Map<String, String> text = text(patient.phone(), "r");

		HttpResponse<String> first = signed("/twilio/sms", text);
		HttpResponse<String> again = signed("/twilio/sms", text);

		assertThat(again.body()).isEqualTo(first.body()).contains("choose a new time");
		assertThat(callbackRequests(patient.phone())).hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE message_sid = ?")
			.param(text.get("MessageSid"))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void unsignedOrWronglySignedWebhookIsForbiddenAndChangesNothing() throws Exception {
		Patient patient = newPatient();
		Map<String, String> text = text(patient.phone(), "STOP");

		HttpResponse<String> unsigned = send(HttpRequest.newBuilder(URI.create(url("/twilio/sms"))),
				TwilioWebhookSigner.form(text));
		HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(url("/twilio/sms")))
			.header("X-Twilio-Signature", TwilioWebhookSigner.signature("not-the-token", url("/twilio/sms"), text)),
				TwilioWebhookSigner.form(text));

		assertThat(unsigned.statusCode()).isEqualTo(403);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(api("/api/users/" + patient.id()).get("sms_opt_out").asBoolean()).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE sender = ?")
			.param(patient.phone())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void deliveryStatusesAreRecordedAndALateOneNeverMovesATextBack() throws Exception {
		Patient patient = newPatient();
		String sid = TwilioWebhookSigner.sid("SM");
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created(sid)));
		book(patient);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE message_sid = ?")
				.param(sid)
				.query(Long.class)
				.single() == 1);

		assertThat(signed("/twilio/sms-status", status(sid, "sent", null)).statusCode()).isEqualTo(204);
		assertThat(signed("/twilio/sms-status", status(sid, "undelivered", "30003")).statusCode()).isEqualTo(204);
		assertThat(signed("/twilio/sms-status", status(sid, "sent", null)).statusCode()).isEqualTo(204);
		assertThat(signed("/twilio/sms-status", status(TwilioWebhookSigner.sid("SM"), "delivered", null)).statusCode())
			.isEqualTo(204);

		JsonNode sent = messages(patient).get(0);
		assertThat(sent.get("direction").asString()).isEqualTo("sent");
		assertThat(sent.get("delivery_status").asString()).isEqualTo("undelivered");
		assertThat(sent.get("error_code").asString()).isEqualTo("30003");
	}

	@Test
	void aStatusCallbackCarryingATextsKeyRecordsTheSidOfATextWhoseCreateReplyWasLost() throws Exception {
		String textId = UUID.randomUUID().toString();
		String effectKey = "lost-reply-" + textId;
		Instant claimed = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, text_id, recipient, body, status, claimed_at, updated_at)
				VALUES (?, ?, ?, 'Your visit is booked.', 'claimed', ?, ?)""")
			.params(effectKey, textId, newPatient().phone(), claimed.atOffset(ZoneOffset.UTC),
					claimed.atOffset(ZoneOffset.UTC))
			.update();
		String sid = TwilioWebhookSigner.sid("SM");
		String target = "/twilio/sms-status?text=" + textId;

		HttpResponse<String> forged = TwilioWebhookSigner.post(this.http, url(target), "not-the-auth-token",
				status(sid, "sent", null));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(claimOf(effectKey)).containsExactly("claimed", null);

		assertThat(signed(target, status(sid, "sent", null)).statusCode()).isEqualTo(204);
		assertThat(claimOf(effectKey)).containsExactly("sent", sid);
	}

	private List<String> claimOf(String effectKey) {
		return this.jdbc.sql("SELECT status, message_sid FROM outbound_message WHERE effect_key = ?")
			.param(effectKey)
			.query((rs, row) -> Arrays.asList(rs.getString("status"), rs.getString("message_sid")))
			.single();
	}

	@Test
	void messagesListBothDirectionsNewestFirstAndAnythingElseIsKeptForStaff() throws Exception {
		Patient patient = newPatient();
		Appointment appointment = bookAndText(patient);
		((MutableClock) this.clock).advance(Duration.ofSeconds(1));

		String answer = sms(patient.phone(), "Can I bring my son along?").body();

		assertThat(answer).contains("reply C to confirm or R to reschedule; call us at (416) 555-0100 to cancel");
		assertThat(callbackRequests(patient.phone())).singleElement().asString().contains("Can I bring my son along?");
		List<JsonNode> messages = messages(patient);
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).get("direction").asString()).isEqualTo("received");
		assertThat(messages.get(0).get("body").asString()).isEqualTo("Can I bring my son along?");
		assertThat(messages.get(0).get("action").asString()).isEqualTo("kept");
		assertThat(messages.get(1).get("direction").asString()).isEqualTo("sent");
		assertThat(messages.get(1).get("appointment_id").asLong()).isEqualTo(appointment.id());
		assertThat(messages.get(1).get("status").asString()).isEqualTo("sent");
	}

	@Test
	void staffSeeTheTextsTheConfirmationAndTheOptOutOnThePatientsPage() throws Exception {
		Patient patient = newPatient();
		Appointment appointment = bookAndText(patient);
		((MutableClock) this.clock).advance(Duration.ofSeconds(1));
		sms(patient.phone(), "C");
		sms(patient.phone(), "STOP");
		String email = "desk-" + patient.id() + "@maple-dental.test";
		this.accounts.create(email, "Desk " + patient.id(), Role.STAFF, "{noop}unused", false);
		MockMvc dashboard = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();

		String page = dashboard
			.perform(MockMvcRequestBuilders.get("/patients/" + patient.id())
				.with(user(email).authorities(new SimpleGrantedAuthority(Role.STAFF.authority()))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Opted out (STOP)")
			.contains("booked, confirmed by the patient")
			.contains("Received")
			.contains("confirmed; answered: Maple Dental Centre: thank you, your checkup")
			.contains("is booked for " + SmsConfirmationsIntegrationTests.local(appointment))
			.contains("opted out");
	}

	@Test
	void messagesOfAnUnknownPatientAreAProblem() throws Exception {
		HttpResponse<String> response = get("/api/users/987654321/messages");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void textFromANumberNoPatientHasIsStoredAndAnsweredWithTheHelpText() throws Exception {
		String stranger = "+1416555" + phones.incrementAndGet();

		HttpResponse<String> answer = sms(stranger, "C");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("reply C to confirm or R to reschedule");
		assertThat(this.jdbc.sql("SELECT action FROM inbound_message WHERE sender = ?")
			.param(stranger)
			.query(String.class)
			.single()).isEqualTo("unknown_sender");
	}

	private Patient newPatient() {
		return this.patients.register("Jane Doe", "+1416555" + phones.incrementAndGet(), null);
	}

	/** Books the patient's appointment and waits until Twilio took its confirmation. */
	private Appointment bookAndText(Patient patient) {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created(TwilioWebhookSigner.sid("SM"))));
		Appointment appointment = book(patient);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE effect_key = ? AND status = 'sent'")
				.param("appointment-booked:" + appointment.id())
				.query(Long.class)
				.single() == 1);
		return appointment;
	}

	private Appointment book(Patient patient) {
		AppointmentType checkup = this.appointmentTypes.findByName("checkup").orElseThrow();
		Slot slot = this.availability
			.firstAvailable(this.clock.instant().plus(Duration.ofDays(1)), checkup.id(), null, null, 1)
			.get(0);
		return this.bookings.book(new BookingRequest(patient.id(), slot.startsAt(), null, checkup.id(),
				slot.providerId(), null, BookingSource.API));
	}

	private List<String> callbackRequests(String caller) {
		return this.jdbc.sql("SELECT transcript FROM callback_request WHERE caller = ? AND status = 'open'")
			.param(caller)
			.query(String.class)
			.list();
	}

	private List<JsonNode> messages(Patient patient) throws Exception {
		HttpResponse<String> response = get("/api/users/" + patient.id() + "/messages?limit=10");
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> messages = new java.util.ArrayList<>();
		this.json.readTree(response.body()).forEach(messages::add);
		return messages;
	}

	private JsonNode api(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> sms(String from, String body) throws Exception {
		return signed("/twilio/sms", text(from, body));
	}

	private static Map<String, String> text(String from, String body) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", FakeRemoteSystems.TWILIO_ACCOUNT_SID);
		params.put("MessageSid", TwilioWebhookSigner.sid("SM"));
		params.put("From", from);
		params.put("To", CLINIC);
		params.put("Body", body);
		params.put("NumMedia", "0");
		return params;
	}

	private static Map<String, String> status(String messageSid, String status, String errorCode) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", FakeRemoteSystems.TWILIO_ACCOUNT_SID);
		params.put("MessageSid", messageSid);
		params.put("MessageStatus", status);
		if (errorCode != null) {
			params.put("ErrorCode", errorCode);
		}
		return params;
	}

	private HttpResponse<String> signed(String target, Map<String, String> params) throws Exception {
		return TwilioWebhookSigner.post(this.http, url(target), BellaIntegrationTest.TWILIO_AUTH_TOKEN, params);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String form) throws Exception {
		return TwilioWebhookSigner.send(this.http, request, form);
	}

	private String url(String target) {
		return "http://localhost:" + this.port + target;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"" + sid + "\", \"account_sid\": \"" + FakeRemoteSystems.TWILIO_ACCOUNT_SID
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\"}");
	}

}
