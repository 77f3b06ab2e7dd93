package io.bella.voice;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.FailingDataSource;
import io.bella.MutableClock;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.End;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole phone calls through real HTTP, signed as Twilio signs them, played by the call
 * simulator against Bella on PostgreSQL with the rule extractor, on Monday, March 9th
 * 2026 at 10 a.m. in Toronto.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class VoiceWebhookIntegrationTests {

	static final String API_KEY = BellaIntegrationTest.API_KEY;

	static final String AUTH_TOKEN = BellaIntegrationTest.TWILIO_AUTH_TOKEN;

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550123";

	static final String CLINIC = "+14165550100";

	private final int port;

	private final JdbcClient jdbc;

	private final FailingDataSource dataSource;

	private final MutableClock clock;

	private final BookingService bookings;

	private final Patients patients;

	private final AppointmentTypes appointmentTypes;

	private final JsonMapper json = JsonMapper.builder().build();

	private CallSimulator simulator;

	VoiceWebhookIntegrationTests(@LocalServerPort int port, JdbcClient jdbc, FailingDataSource dataSource,
			MutableClock clock, BookingService bookings, Patients patients, AppointmentTypes appointmentTypes) {
		this.port = port;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
		this.bookings = bookings;
		this.patients = patients;
		this.appointmentTypes = appointmentTypes;
	}

	@BeforeEach
	void reset() {
		this.dataSource.up();
		this.clock.set(MONDAY_10_AM);
		this.jdbc.sql("DELETE FROM call_turn").update();
		this.jdbc.sql("DELETE FROM call_record").update();
		this.jdbc.sql("DELETE FROM appointment").update();
		this.jdbc.sql("DELETE FROM patient").update();
		this.simulator = new CallSimulator(URI.create("http://localhost:" + this.port), AUTH_TOKEN,
				new PrintStream(System.out, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void databaseBackUp() {
		this.dataSource.up();
	}

	@Test
	void theGreetingListensForTheClinicsOwnWords() {
		// the facts are read through the bean, which Spring Modulith proxies for its
		// event listener: the hints must come from the database, not from the proxy
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Map<String, String> call = Map.of("CallSid", CallSimulator.newCallSid(), "From", CALLER, "To", CLINIC);
			assertThat(this.simulator.send("/twilio/voice", call).body()).containsPattern("hints=\"[^\"]*Ng[^\"]*\"")
				.containsPattern("hints=\"[^\"]*Maple Dental Centre[^\"]*\"");
		});
	}

	@Test
	void callerWhoSaysEverythingAtOnceIsBookedAndTheCallIsRecorded() throws Exception {
		Transcript call = this.simulator.call(CALLER, CLINIC,
				Caller.scripted(List.of("Hi this is Emily Roy, I'd like to book a cleaning tomorrow at 10 a.m.",
						"yes please", "yes", "no that's all thank you")));

		assertThat(call.said().get(0)).contains("Maple Dental Centre");
		assertThat(call.allSaid()).contains("Tuesday, March 10th at 10 a.m. with Dr. Ng")
			.contains("You're all set for Tuesday, March 10th at 10 a.m.")
			.doesNotContain("your first and last name");
		assertThat(call.end()).isEqualTo(End.HUNG_UP);
		assertThat(call.statusCode()).isEqualTo(204);
		assertThat(bookedAppointments()).isEqualTo(1);

		// each turn is recorded just after the caller is answered
		await().until(() -> getJson("/api/calls/" + call.callSid()).get("turns").size() == 5);
		JsonNode record = getJson("/api/calls/" + call.callSid());
		assertThat(record.get("call_sid").asString()).isEqualTo(call.callSid());
		assertThat(record.get("caller").asString()).isEqualTo(CALLER);
		assertThat(record.get("outcome").asString()).isEqualTo("booked");
		// in the clinic's time, as every timestamp of the API
		assertThat(record.get("started_at").asString()).endsWith("-04:00");
		assertThat(record.get("ended_at").asString()).endsWith("-04:00");
		assertThat(record.get("appointment_id").isNull()).isFalse();
		assertThat(record.get("ended_at").isNull()).isFalse();
		assertThat(record.get("duration_sec").asInt()).isPositive();
		JsonNode turns = record.get("turns");
		assertThat(turns.size()).isEqualTo(5);
		assertThat(turns.get(0).get("turn").asInt()).isZero();
		assertThat(turns.get(0).get("heard").isNull()).isTrue();
		assertThat(turns.get(0).get("said").asString()).contains("Maple Dental Centre");
		assertThat(turns.get(1).get("heard").asString()).startsWith("Hi this is Emily Roy");
		assertThat(turns.get(1).get("confidence").asDouble()).isEqualTo(0.92);
		assertThat(turns.get(1).get("action").asString()).isEqualTo("listen");
		assertThat(turns.get(1).get("at").asString()).endsWith("-04:00");
		assertThat(turns.get(1).get("latency_ms").isNumber()).isTrue();
		assertThat(turns.get(4).get("action").asString()).isEqualTo("hang_up");

		JsonNode page = getJson("/api/calls?outcome=BOOKED&size=10");
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(10);
		JsonNode list = page.get("items");
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("outcome").asString()).isEqualTo("booked");
		assertThat(list.get(0).get("turn_count").asInt()).isEqualTo(5);
		assertThat(list.get(0).get("turns").size()).isZero();
	}

	@Test
	void anonymousCallerIsTakenStepByStep() {
		Transcript call = this.simulator.call("anonymous", CLINIC,
				Caller.scripted(List.of("I'd like to make an appointment", "a checkup", "Wednesday afternoon",
						"the second one", "yes", "Noah Gagnon", "four one six five five five zero one nine nine", "yes",
						"no that's all thank you")));

		assertThat(call.allSaid()).contains("Is this for a checkup")
			.contains("What day and time would suit you?")
			.contains("May I have your first and last name, please?")
			.contains("I have 4 1 6, 5 5 5, 0 1 9 9. Is that right?")
			.contains("You're all set for Wednesday, March 11th");
		assertThat(bookedAppointments()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT phone FROM patient").query(String.class).single()).isEqualTo("+14165550199");
		assertThat(this.jdbc.sql("SELECT caller FROM call_record WHERE call_sid = ?")
			.param(call.callSid())
			.query(String.class)
			.single()).isEqualTo("anonymous");
	}

	@Test
	void sameWebhookDeliveredTwiceActsOnceAndAnswersTheSame() {
		String callSid = CallSimulator.newCallSid();
		Map<String, String> call = Map.of("CallSid", callSid, "From", CALLER, "To", CLINIC);
		assertThat(post("/twilio/voice", call).status()).isEqualTo(200);
		CallSimulator.Response offer = post("/twilio/gather?turn=1",
				speech(call, "Hi this is Emily Roy, I'd like to book a cleaning tomorrow at 10 a.m."));
		assertThat(offer.body()).contains("Would that work?");
		assertThat(post("/twilio/gather?turn=2", speech(call, "yes please")).body())
			.contains("Can we reach you at the number you're calling from?");

		CallSimulator.Response booked = post("/twilio/gather?turn=3", speech(call, "yes"));
		CallSimulator.Response retried = post("/twilio/gather?turn=3", speech(call, "yes"));

		assertThat(booked.body()).contains("You're all set");
		assertThat(retried).isEqualTo(booked);
		assertThat(bookedAppointments()).isEqualTo(1);
		// a retry of an older turn replays it too, without going back in the conversation
		assertThat(post("/twilio/gather?turn=1", speech(call, "something else entirely"))).isEqualTo(offer);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM call_turn WHERE call_sid = ?")
			.param(callSid)
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void slotTakenBetweenOfferAndYesIsSaidAndTheNextOneBooked() {
		this.patients.register("Emily Roy", CALLER, null);
		Patient other = this.patients.register("Olivia Martin", "+16135550142", null);
		String callSid = CallSimulator.newCallSid();
		Map<String, String> call = Map.of("CallSid", callSid, "From", CALLER, "To", CLINIC);
		post("/twilio/voice", call);
		assertThat(post("/twilio/gather?turn=1", speech(call, "Can I book a checkup tomorrow at 10 am")).body())
			.contains("Tuesday, March 10th at 10 a.m. with Dr. Ng");

		// someone else takes the offered slot through the API before the caller says yes
		Instant tuesday10 = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, TORONTO).toInstant();
		long ng = this.jdbc.sql("SELECT id FROM provider WHERE name LIKE '%Ng%'").query(Long.class).single();
		this.bookings.book(new BookingRequest(other.id(), tuesday10, null,
				this.appointmentTypes.findByName("checkup").orElseThrow().id(), ng, null, BookingSource.API));

		assertThat(post("/twilio/gather?turn=2", speech(call, "yes")).body()).contains("that time was just taken");
		assertThat(post("/twilio/gather?turn=3", speech(call, "yes")).body()).contains("You're all set");
		assertThat(bookedAppointments()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.provider_id = b.provider_id AND a.id < b.id
				WHERE a.status = 'booked' AND b.status = 'booked'
				  AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at""").query(Integer.class).single()).isZero();
	}

	@Test
	void rescheduleMovesTheCallersAppointment() throws Exception {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment existing = this.bookings
			.book(new BookingRequest(emily.id(), ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, TORONTO).toInstant(), null,
					this.appointmentTypes.findByName("cleaning").orElseThrow().id(), null, null, BookingSource.API));

		Transcript call = this.simulator.call(CALLER, CLINIC, Caller.scripted(List
			.of("I need to reschedule my appointment", "yes", "Friday at 3 pm", "yes", "no that's all thank you")));

		assertThat(call.allSaid()).contains("Is that the one you'd like to move?")
			.contains("Your appointment is now Friday, March 13th at 3 p.m.");
		assertThat(this.bookings.findById(existing.id()).orElseThrow().startsAt())
			.isEqualTo(ZonedDateTime.of(2026, 3, 13, 15, 0, 0, 0, TORONTO).toInstant());
		JsonNode record = getJson("/api/calls/" + call.callSid());
		assertThat(record.get("outcome").asString()).isEqualTo("rescheduled");
		assertThat(record.get("appointment_id").asLong()).isEqualTo(existing.id());
	}

	@Test
	void cancelCancelsOnlyAfterYes() throws Exception {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment cleaning = this.bookings
			.book(new BookingRequest(emily.id(), ZonedDateTime.of(2026, 3, 12, 14, 0, 0, 0, TORONTO).toInstant(), null,
					this.appointmentTypes.findByName("cleaning").orElseThrow().id(), null, null, BookingSource.API));

		Transcript call = this.simulator.call(CALLER, CLINIC,
				Caller.scripted(List.of("I want to cancel my appointment", "yes", "no that's all thank you")));

		assertThat(call.allSaid()).contains("Would you like me to cancel it?").contains("is cancelled");
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(getJson("/api/calls/" + call.callSid()).get("outcome").asString()).isEqualTo("cancelled");
	}

	@Test
	void twoUnintelligibleAnswersInARowTransfer() {
		Transcript call = this.simulator.call(CALLER, CLINIC,
				Caller.scripted(List.of("blah purple monkey dishwasher", "flim flam zork")));
		assertThat(call.said().get(1)).contains("Sorry");
		assertThat(call.end()).isEqualTo(End.TRANSFERRED);
		assertThat(call.dialed()).isEqualTo("+14165550101");
	}

	@Test
	void forgedOrMissingSignatureIsForbidden() {
		Map<String, String> call = Map.of("CallSid", CallSimulator.newCallSid(), "From", CALLER, "To", CLINIC);
		assertThat(
				this.simulator
					.send("/twilio/voice", call,
							"NOT" + CallSimulator.sign(AUTH_TOKEN, "http://localhost:" + this.port + "/twilio/voice",
									call))
					.status())
			.isEqualTo(403);
		assertThat(this.simulator.send("/twilio/voice", call, "").status()).isEqualTo(403);
		CallSimulator forger = new CallSimulator(URI.create("http://localhost:" + this.port), "not-the-token", null);
		assertThat(forger.send("/twilio/voice", call).status()).isEqualTo(403);
		assertThat(forger.send("/twilio/gather?turn=1", speech(call, "yes")).status()).isEqualTo(403);
		assertThat(forger.send("/twilio/status", call).status()).isEqualTo(403);
		assertThat(forger.send("/twilio/recording", call).status()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM call_record").query(Integer.class).single()).isZero();
	}

	@Test
	void databaseDownMidCallGetsAnApologyAndASafePathInTime() {
		String callSid = CallSimulator.newCallSid();
		Map<String, String> call = Map.of("CallSid", callSid, "From", CALLER, "To", CLINIC);
		post("/twilio/voice", call);
		assertThat(post("/twilio/gather?turn=1", speech(call, "I'd like a checkup")).body()).contains("<Gather");

		this.dataSource.down();
		long started = System.nanoTime();
		CallSimulator.Response answer = post("/twilio/gather?turn=2", speech(call, "tomorrow at 2 pm"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(Duration.ofSeconds(2));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).startsWith("<?xml").contains("<Response>").containsIgnoringCase("sorry");
		assertThat(answer.body()).containsAnyOf("<Dial", "<Record");
		assertThat(answer.body()).doesNotContain("<Gather");
	}

	@Test
	void askingForAPersonIsTransferredDuringOpeningHours() throws Exception {
		Transcript call = this.simulator.call(CALLER, CLINIC,
				Caller.scripted(List.of("Can I talk to a person please")));
		assertThat(call.end()).isEqualTo(End.TRANSFERRED);
		assertThat(call.dialed()).isEqualTo("+14165550101");
		assertThat(call.documents().get(call.documents().size() - 1)).contains("<Hangup/>");
		assertThat(getJson("/api/calls/" + call.callSid()).get("outcome").asString()).isEqualTo("transferred");
	}

	@Test
	void askingForAPersonAfterHoursTakesAMessageAndSaysWhenTheClinicOpens() {
		this.clock.set(MONDAY_10_AM.plus(Duration.ofHours(8)));
		Transcript call = this.simulator.call(CALLER, CLINIC,
				Caller.scripted(List.of("Can I talk to a person please")));
		assertThat(call.end()).isEqualTo(End.MESSAGE);
		assertThat(call.allSaid())
			.contains("Our front desk is closed right now and opens again Tuesday, March 10th at 9 a.m.");
	}

	@Test
	void unansweredTransferTakesAMessage() {
		Transcript call = this.simulator.dialCallStatus("no-answer")
			.call(CALLER, CLINIC, Caller.scripted(List.of("I want to speak to the receptionist")));
		assertThat(call.end()).isEqualTo(End.MESSAGE);
		assertThat(call.recordingAction()).isEqualTo("/twilio/recording");
		assertThat(post("/twilio/recording",
				Map.of("CallSid", call.callSid(), "RecordingUrl", "https://api.twilio.com/rec"))
			.body()).contains("Goodbye", "<Hangup/>");
	}

	@Test
	void silentCallerIsRepromptedAndTheCallEnds() {
		Transcript call = this.simulator.call(CALLER, CLINIC, Caller.scripted(List.of("", "", "", "", "")));
		assertThat(call.said().size()).isGreaterThan(2);
		assertThat(call.end()).isIn(End.HUNG_UP, End.TRANSFERRED, End.MESSAGE);
		assertThat(call.turns()).isLessThanOrEqualTo(6);
	}

	@Test
	void callsAreListedNewestFirstAndUnknownCallsAreProblems() throws Exception {
		Transcript first = this.simulator.call(CALLER, CLINIC, Caller.scripted(List.of()));
		this.clock.advance(Duration.ofMinutes(5));
		Transcript second = this.simulator.call(CALLER, CLINIC, Caller.scripted(List.of()));
		JsonNode list = getJson("/api/calls").get("items");
		assertThat(list.size()).isEqualTo(2);
		assertThat(list.get(0).get("call_sid").asString()).isEqualTo(second.callSid());
		assertThat(list.get(1).get("call_sid").asString()).isEqualTo(first.callSid());
		assertThat(list.get(1).get("outcome").asString()).isEqualTo("abandoned");
		assertThat(getJson("/api/calls?from=2026-03-09T10:03:00-04:00").get("items").size()).isEqualTo(1);
		JsonNode secondPage = getJson("/api/calls?size=1&page=1");
		assertThat(secondPage.get("total").asLong()).isEqualTo(2);
		assertThat(secondPage.get("items").get(0).get("call_sid").asString()).isEqualTo(first.callSid());

		HttpResponse<String> unknown = get("/api/calls/CAnope", API_KEY);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(get("/api/calls?outcome=maybe", API_KEY).statusCode()).isEqualTo(400);
		assertThat(get("/api/calls?size=0", API_KEY).statusCode()).isEqualTo(400);
		assertThat(get("/api/calls?size=201", API_KEY).statusCode()).isEqualTo(400);
		assertThat(get("/api/calls", null).statusCode()).isEqualTo(401);
		// without REDIS_URL nothing reports a Redis that is not there as down
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	private CallSimulator.Response post(String target, Map<String, String> parameters) {
		CallSimulator.Response response = this.simulator.send(target, parameters);
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	private static Map<String, String> speech(Map<String, String> call, String text) {
		Map<String, String> parameters = new LinkedHashMap<>(call);
		parameters.put("SpeechResult", text);
		parameters.put("Confidence", "0.9");
		return parameters;
	}

	private int bookedAppointments() {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment WHERE status = 'booked'").query(Integer.class).single();
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = get(path, API_KEY);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String apiKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
