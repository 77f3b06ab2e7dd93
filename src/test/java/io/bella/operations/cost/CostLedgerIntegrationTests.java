package io.bella.operations.cost;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.TestClockConfiguration;
import io.bella.dialogue.CallOutcome;
import io.bella.messaging.MessageTaken;
import io.bella.voice.CallEnded;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger in the running service, against the fake Twilio: a call's end costs it
 * (after commit, from the event), its text is costed by the ledger's job, Twilio's prices
 * replace the estimates, and the call's record and the month's answer show it. January
 * 2029, which no other test spends in, at the application.yml price table.
 */
@RemoteSystemsIntegrationTest
class CostLedgerIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant STARTED = ZonedDateTime.of(2029, 1, 15, 10, 0, 0, 0, TORONTO).toInstant();

	static final Instant ENDED = STARTED.plusSeconds(180);

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	static final String ACCOUNT = "/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	CallCosting callCosting;

	@Autowired
	LedgerJobs jobs;

	ApiClient api;

	String callSid;

	String messageSid;

	long appointment;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		twilio.resetAll();
		this.breakers.circuitBreaker("twilio").reset();
		this.jdbc.sql("DELETE FROM cost_line WHERE incurred_at >= ? AND incurred_at < ?")
			.params(at(STARTED.minus(Duration.ofDays(30))), at(STARTED.plus(Duration.ofDays(30))))
			.update();
		this.jdbc.sql("DELETE FROM cost_call WHERE ended_at >= ?")
			.param(at(STARTED.minus(Duration.ofDays(30))))
			.update();
		this.callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
		this.messageSid = "SM" + UUID.randomUUID().toString().replace("-", "");
		this.appointment = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
		this.clock.set(ENDED);
	}

	@AfterEach
	void resetClock() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
	}

	@Test
	void aCallsCostIsEstimatedAtItsEndAndReplacedByTwiliosPrices() {
		recordThreeMinuteCallWithEightSpeechTurnsAndItsText();
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(ended()));

		await().atMost(Duration.ofSeconds(10)).until(() -> cost().get("lines").size() == 4);
		JsonNode estimated = cost();
		// 3 × 0.0085 + 8 × 0.02 + 1350 × 0.15 and 120 × 0.60 per million = 0.1857745
		assertThat(estimated.get("total").asString()).isEqualTo("0.1858");
		assertThat(estimated.get("lines")).extracting((line) -> line.get("basis").asString()).containsOnly("estimate");
		JsonNode speech = line(estimated, "twilio_speech");
		assertThat(speech.get("quantity").asInt()).isEqualTo(8);
		assertThat(speech.get("unit").asString()).isEqualTo("15 s");
		assertThat(speech.get("unit_price").asString()).isEqualTo("0.02");
		assertThat(speech.get("confirmed").asBoolean()).isFalse();
		assertThat(speech.get("price_version").asString()).isEqualTo("2026-03-01");

		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Calls/" + this.callSid + ".json")).willReturn(okJson("""
				{"sid": "%s", "status": "completed", "duration": "175", "price": "-0.01400", "price_unit": "USD"}"""
			.formatted(this.callSid))));
		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Messages/" + this.messageSid + ".json")).willReturn(okJson("""
				{"sid": "%s", "status": "delivered", "num_segments": "1", "price": "-0.00790", "price_unit": "USD"}"""
			.formatted(this.messageSid))));
		this.clock.set(ENDED.plus(Duration.ofMinutes(5)));
		assertThat(this.jobs.runIfClaimed()).isTrue();

		JsonNode actual = cost();
		assertThat(actual.get("lines")).hasSize(5);
		assertThat(line(actual, "twilio_voice").get("basis").asString()).isEqualTo("actual");
		assertThat(line(actual, "twilio_voice").get("amount").asString()).isEqualTo("0.014");
		assertThat(line(actual, "twilio_voice").get("price_version").asString()).isEqualTo("twilio");
		assertThat(line(actual, "sms").get("basis").asString()).isEqualTo("actual");
		assertThat(line(actual, "sms").get("message_sid").asString()).isEqualTo(this.messageSid);
		assertThat(line(actual, "twilio_speech").get("basis").asString()).isEqualTo("estimate");
		// 0.014 + 0.16 + 0.0002745 + 0.0079
		assertThat(actual.get("total").asString()).isEqualTo("0.1822");

		// the end delivered again changes nothing
		handle(ended());
		assertThat(cost()).isEqualTo(actual);
	}

	@Test
	void twoInstancesHandlingTheSameEndAtOnceWriteEachLineOnce() throws Exception {
		recordThreeMinuteCallWithEightSpeechTurnsAndItsText();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				runs.add(instances.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					handle(ended());
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			instances.shutdownNow();
		}

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cost_line WHERE call_sid = ?")
			.param(this.callSid)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(cost().get("total").asString()).isEqualTo("0.1858");
	}

	@Test
	void theMonthsAnswerShowsTheCallTheBudgetAndThePrices() {
		recordThreeMinuteCallWithEightSpeechTurnsAndItsText();
		handle(ended());
		this.clock.set(ENDED.plus(Duration.ofHours(1)));

		ApiClient.Response response = this.api.get("/api/unified/cost-optimization?month=2029-01");

		assertThat(response.status()).isEqualTo(200);
		JsonNode answer = response.json();
		assertThat(answer.get("month").asString()).isEqualTo("2029-01");
		assertThat(answer.get("month_to_date").asString()).isEqualTo("0.1858");
		assertThat(answer.get("budget").asString()).isEqualTo("50.0000");
		assertThat(answer.get("thresholds_crossed").isArray()).isTrue();
		assertThat(answer.get("thresholds_crossed")).isEmpty();
		assertThat(answer.get("calls").asInt()).isEqualTo(1);
		assertThat(answer.get("successful_calls").asInt()).isEqualTo(1);
		assertThat(answer.get("cost_per_call").get("p95").asString()).isEqualTo("0.1858");
		assertThat(answer.get("most_expensive_calls").get(0).get("call_sid").asString()).isEqualTo(this.callSid);
		assertThat(answer.get("by_component").get(0).get("component").asString()).isEqualTo("twilio_speech");
		assertThat(answer.get("recommendations").isArray()).isTrue();
		assertThat(answer.get("price_table").get("version").asString()).isEqualTo("2026-03-01");
		assertThat(answer.get("price_table").get("unconfirmed")).extracting(JsonNode::asString)
			.contains("twilio_speech: gather")
			.doesNotContain("whisper: transcription");
	}

	@Test
	void aMonthThatIsNotOneOrHasNotBegunIsABadRequest() {
		ApiClient.Response notAMonth = this.api.get("/api/unified/cost-optimization?month=January");
		ApiClient.Response future = this.api.get("/api/unified/cost-optimization?month=2031-01");

		assertThat(notAMonth.status()).isEqualTo(400);
		assertThat(notAMonth.contentType()).startsWith("application/problem+json");
		assertThat(notAMonth.body()).contains("month");
		assertThat(future.status()).isEqualTo(400);
		assertThat(this.api.get("/api/unified/cost-optimization?month=-999999999-01").status()).isEqualTo(400);
		assertThat(this.api.get("/api/unified/cost-optimization?month=1899-12").status()).isEqualTo(400);
		assertThat(this.api.get("/api/unified/cost-optimization", "wrong-key").status()).isEqualTo(401);
	}

	@Test
	void aTranscribedVoicemailIsChargedOnItsCall() {
		recordThreeMinuteCallWithEightSpeechTurnsAndItsText();
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new MessageTaken(1, this.callSid, "RE" + this.callSid.substring(2), 90, true, ENDED)));

		await().atMost(Duration.ofSeconds(10)).until(() -> cost().get("lines").size() == 1);
		JsonNode whisper = line(cost(), "whisper");
		// a minute and a half at 0.006
		assertThat(whisper.get("quantity").asDouble()).isEqualTo(1.5);
		assertThat(whisper.get("amount").asString()).isEqualTo("0.009");
		assertThat(whisper.get("confirmed").asBoolean()).isTrue();
	}

	private void recordThreeMinuteCallWithEightSpeechTurnsAndItsText() {
		this.jdbc.sql("""
				INSERT INTO call_record (call_sid, caller, called, started_at, ended_at, duration_sec, outcome,
				                         appointment_id)
				VALUES (?, '+14165550177', '+14165550100', ?, ?, 180, 'BOOKED', ?)""")
			.params(this.callSid, at(STARTED), at(ENDED), this.appointment)
			.update();
		for (int turn = 0; turn <= 8; turn++) {
			boolean model = turn >= 1 && turn <= 3;
			this.jdbc.sql("""
					INSERT INTO call_turn (call_sid, turn, heard, confidence, said, action, latency_ms, fallback,
					                       answered_at, llm_model, llm_requests, llm_input_tokens, llm_output_tokens)
					VALUES (?, ?, ?, 0.9, 'said', ?, 200, FALSE, ?, ?, ?, ?, ?)""")
				.params(this.callSid, turn, (turn > 0) ? "answer " + turn : null, (turn < 8) ? "LISTEN" : "HANG_UP",
						at(STARTED.plusSeconds(20L * turn)), model ? "gpt-4o-mini" : null, model ? 1 : 0,
						model ? 450 : 0, model ? 40 : 0)
				.update();
		}
		this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, recipient, body, status, message_sid, claimed_at, updated_at)
				VALUES (?, '+14165550177', 'Maple Dental Centre: your checkup is booked.', 'sent', ?, ?, ?)""")
			.params("appointment-booked:" + this.appointment, this.messageSid, at(STARTED.plusSeconds(120)),
					at(STARTED.plusSeconds(121)))
			.update();
	}

	/**
	 * Handles the end as an instance's listener does, in a transaction of its own, and
	 * returns once it is done (the listener's proxy would run it asynchronously).
	 */
	private void handle(CallEnded event) {
		CallCosting listener = AopTestUtils.getTargetObject(this.callCosting);
		this.transactions.executeWithoutResult((status) -> listener.on(event));
	}

	private CallEnded ended() {
		return new CallEnded(this.callSid, CallOutcome.BOOKED, 180, this.appointment, ENDED);
	}

	private JsonNode cost() {
		ApiClient.Response response = this.api.get("/api/calls/" + this.callSid);
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("cost");
	}

	private static JsonNode line(JsonNode cost, String component) {
		for (JsonNode line : cost.get("lines")) {
			if (component.equals(line.get("component").asString())) {
				return line;
			}
		}
		throw new AssertionError("No " + component + " line in " + cost);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
