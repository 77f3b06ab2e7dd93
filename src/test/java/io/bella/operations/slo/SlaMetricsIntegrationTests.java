package io.bella.operations.slo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.FailingDataSource;
import io.bella.MutableClock;
import io.bella.operations.alerts.RuleEvaluation;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SLOs on the whole service: a real call through the signed webhooks and API requests
 * are counted, flushed to PostgreSQL and told by {@code GET /api/unified/sla-metrics}
 * (the turn budget's apology counted as a bad webhook though Twilio got a 200); the
 * burn-rate rule raises an alert from the counts in the database, and a manual resolve of
 * an SLO still burning fires again.
 */
@BellaIntegrationTest
class SlaMetricsIntegrationTests {

	/** Monday, June 1st 2026, 10 a.m. in Toronto: the front desk is open. */
	static final Instant MONDAY_10AM = Instant.parse("2026-06-01T14:00:00Z");

	/** A time no other test uses, for counts written straight into the database. */
	static final Instant FAR = Instant.parse("2031-01-06T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SloFlush flush;

	@Autowired
	SloCounters counters;

	@Autowired
	FailingDataSource dataSource;

	@Autowired
	BurnRateRule burnRateRule;

	@Autowired
	RuleEvaluation evaluation;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(MONDAY_10AM);
		this.jdbc.sql("DELETE FROM slo_minute").update();
		this.jdbc.sql("DELETE FROM slo_hour").update();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("DELETE FROM slo_minute").update();
		this.jdbc.sql("DELETE FROM slo_hour").update();
		this.jdbc.sql("DELETE FROM alert WHERE rule = ?").param(BurnRateRule.NAME).update();
	}

	@Test
	void aCallAndApiRequestsAreCountedAcrossTheDatabaseAndToldPerSlo() {
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, new PrintStream(System.out, true, StandardCharsets.UTF_8));
		Transcript call = simulator.call("+14165550177", "+14165550100",
				Caller.scripted(List.of("can I talk to a person please")));
		assertThat(call.allSaid()).contains("Of course.");
		assertThat(this.api.get("/api/unified/alerts").status()).isEqualTo(200);
		assertThat(this.api.get("/api/unified/alerts?severity=LOUD").status()).isEqualTo(400);

		this.flush.flush();
		this.clock.advance(Duration.ofMinutes(1));
		JsonNode report = this.api.get("/api/unified/sla-metrics").json();

		assertThat(report.get("as_of").asString()).isEqualTo("2026-06-01T14:01:00Z");
		JsonNode availability = slo(report, "webhook-availability");
		assertThat(availability.get("events").get("total").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(availability.get("events").get("good").asLong())
			.isEqualTo(availability.get("events").get("total").asLong());
		assertThat(availability.get("sli").get("5m").asDouble()).isEqualTo(1.0);
		assertThat(availability.get("burn_rate").get("full").asDouble()).isZero();
		assertThat(availability.get("error_budget").get("remaining_minutes").asDouble()).isEqualTo(43.2);
		assertThat(availability.get("objective").get("target").asDouble()).isEqualTo(0.999);
		assertThat(availability.get("status").asString()).isEqualTo("INSUFFICIENT_DATA");
		JsonNode api = slo(report, "api-errors");
		assertThat(api.get("events").get("total").asLong()).isEqualTo(2);
		assertThat(api.get("events").get("good").asLong()).isEqualTo(2);
		assertThat(api.get("error_budget").get("remaining_minutes").isNull()).isTrue();
		JsonNode calls = slo(report, "call-success");
		assertThat(calls.get("events").get("total").asLong()).isEqualTo(1);
		assertThat(calls.get("events").get("good").asLong()).isEqualTo(1);
		assertThat(slo(report, "webhook-latency").get("objective").get("good_event").asString()).endsWith("within 2s");
		assertThat(slo(report, "webhook-latency-fast").get("sli").properties()).extracting((entry) -> entry.getKey())
			.containsExactly("5m", "30m", "1h", "2h", "6h", "1d", "3d", "full");
	}

	@Test
	void theApologyOfATurnStuckBehindTheDatabaseIsABadWebhookThoughTwilioGot200() {
		this.clock.set(MONDAY_10AM.plus(Duration.ofDays(1)));
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, new PrintStream(System.out, true, StandardCharsets.UTF_8));
		Map<String, String> call = Map.of("CallSid", CallSimulator.newCallSid(), "From", "+14165550179", "To",
				"+14165550100");
		assertThat(simulator.send("/twilio/voice", call).status()).isEqualTo(200);
		assertThat(simulator.send("/twilio/gather?turn=1", speech(call, "I'd like a checkup")).body())
			.contains("<Gather");
		// the turn waits for a connection past its budget: the request thread answers the
		// apology (a dialogue that fails fast answers its own safe path, a good webhook
		// that call success counts instead)
		this.dataSource.hang();
		try {
			CallSimulator.Response apology = simulator.send("/twilio/gather?turn=2", speech(call, "tomorrow at 2 pm"));
			assertThat(apology.status()).isEqualTo(200);
			assertThat(apology.body()).containsIgnoringCase("sorry");
		}
		finally {
			this.dataSource.up();
		}

		// Twilio may have the answer before the filter counts it: wait for the count
		await().atMost(Duration.ofSeconds(5)).until(() -> counted(Slo.WEBHOOK_AVAILABILITY) == 3);
		this.flush.flush();
		this.clock.advance(Duration.ofMinutes(1));

		JsonNode availability = slo(this.api.get("/api/unified/sla-metrics").json(), "webhook-availability");
		assertThat(availability.get("events").get("total").asLong()).isEqualTo(3);
		assertThat(availability.get("events").get("good").asLong()).isEqualTo(2);
		assertThat(availability.get("error_budget").get("consumed").asLong()).isEqualTo(1);
	}

	@Test
	void theBurnRateRulePagesFromTheDatabaseAndAManualResolveOfAStillBurningSloFiresAgain() {
		// two instances' counts as their flushes write them: an hour at 1,000 webhooks a
		// minute, the last ten minutes half of them failing on one instance
		for (int minute = 0; minute < 60; minute++) {
			Instant at = FAR.minus(Duration.ofMinutes(60 - minute));
			insert("slo_minute", "minute_start", "pod-a", at, 500, (minute >= 50) ? 0 : 500);
			insert("slo_minute", "minute_start", "pod-b", at, 500, 500);
		}
		insert("slo_hour", "hour_start", "pod-a", FAR.minus(Duration.ofHours(1)), 30_000, 25_000);
		insert("slo_hour", "hour_start", "pod-b", FAR.minus(Duration.ofHours(1)), 30_000, 30_000);
		this.clock.set(FAR.plusSeconds(20));

		this.evaluation.evaluate(this.burnRateRule);
		JsonNode firing = this.api.get("/api/unified/alerts?component=voice&state=FIRING&severity=CRITICAL")
			.json()
			.get("items");
		assertThat(firing).hasSize(1);
		JsonNode first = firing.get(0);
		assertThat(first.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(first.get("summary").asString())
			.isEqualTo("SLO webhook-availability is burning its error budget: 14.4x over 1h and 5m");
		assertThat(this.api
			.post("/api/unified/alerts/" + first.get("id").asLong() + "/resolve", "{\"note\":\"looks fine\"}")
			.status()).isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(1));
		this.evaluation.evaluate(this.burnRateRule);

		JsonNode again = this.api.get("/api/unified/alerts?component=voice&state=FIRING&severity=CRITICAL")
			.json()
			.get("items");
		assertThat(again).hasSize(1);
		assertThat(again.get(0).get("id").asLong()).isNotEqualTo(first.get("id").asLong());
		assertThat(again.get(0).get("fingerprint").asString()).isEqualTo(first.get("fingerprint").asString());
		JsonNode slo = slo(this.api.get("/api/unified/sla-metrics").json(), "webhook-availability");
		assertThat(slo.get("status").asString()).isEqualTo("PAGE");
		assertThat(slo.get("burning").get(0).get("alert").asString()).isEqualTo("14.4x over 1h and 5m");
	}

	private static Map<String, String> speech(Map<String, String> call, String said) {
		Map<String, String> parameters = new LinkedHashMap<>(call);
		parameters.put("SpeechResult", said);
		parameters.put("Confidence", "0.9");
		return parameters;
	}

	private void insert(String table, String column, String instance, Instant start, long total, long good) {
		this.jdbc
			.sql("INSERT INTO " + table + " (series, " + column + ", instance_id, total, good) VALUES (?, ?, ?, ?, ?)")
			.params(Slo.WEBHOOK_AVAILABILITY, utc(start), instance, total, good)
			.update();
	}

	private static JsonNode slo(JsonNode report, String name) {
		for (JsonNode slo : report.get("slos")) {
			if (slo.get("name").asString().equals(name)) {
				return slo;
			}
		}
		throw new AssertionError("No SLO " + name + " in " + report);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private long counted(String series) {
		long minute = Math.floorDiv(this.clock.instant().getEpochSecond(), 60);
		return this.counters.snapshot(this.clock.instant())
			.stream()
			.filter((snapshot) -> snapshot.key().series().equals(series) && snapshot.key().minute() == minute)
			.mapToLong((snapshot) -> snapshot.counts().total())
			.sum();
	}

}
