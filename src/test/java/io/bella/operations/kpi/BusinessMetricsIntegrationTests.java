package io.bella.operations.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentCancelled;
import io.bella.booking.BookingSource;
import io.bella.dialogue.CallOutcome;
import io.bella.voice.CallEnded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The business metrics of the running service: calls recorded as voice records them and
 * ended through {@code CallEnded}, bookings through booking's events, both kept by the
 * listeners after commit, and the answer of the day clocks went back in Toronto (November
 * 6, 2033, which no other test spends in), hour by hour.
 */
@BellaIntegrationTest
class BusinessMetricsIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant DAY = ZonedDateTime.of(2033, 11, 6, 0, 0, 0, 0, TORONTO).toInstant();

	static final Instant NEXT_DAY = ZonedDateTime.of(2033, 11, 7, 0, 0, 0, 0, TORONTO).toInstant();

	/** 1:30 a.m. the first time (EDT), and an hour later 1:30 a.m. again (EST). */
	static final Instant FIRST_ONE_THIRTY = Instant.parse("2033-11-06T05:30:00Z");

	static final Instant SECOND_ONE_THIRTY = Instant.parse("2033-11-06T06:30:00Z");

	/** A turn in which Bella dealt with the caller's request ("anything else?"). */
	static final String DEALT_WITH = "DEALT_WITH";

	static final Instant TEN_AM = ZonedDateTime.of(2033, 11, 6, 10, 0, 0, 0, TORONTO).toInstant();

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

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		OffsetDateTime from = DAY.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC);
		this.jdbc.sql("DELETE FROM kpi_call WHERE started_at >= ?").param(from).update();
		this.jdbc.sql("DELETE FROM booking_change WHERE occurred_at >= ?").param(from).update();
		this.jdbc.sql("DELETE FROM call_record WHERE started_at >= ?").param(from).update();
	}

	@AfterEach
	void resetClock() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
	}

	@Test
	void theDayClocksWentBackHas25HoursAndItsCallsAndBookingsCountInTheirLocalHours() {
		call(FIRST_ONE_THIRTY, 180, CallOutcome.BOOKED, "LISTEN", "LISTEN", "HANG_UP");
		call(SECOND_ONE_THIRTY, 40, CallOutcome.ABANDONED, DEALT_WITH, "HANG_UP");
		call(TEN_AM, 300, CallOutcome.FAILED, "LISTEN");
		call(TEN_AM.plusSeconds(60), 120, CallOutcome.RESCHEDULED, "LISTEN", "HANG_UP");
		call(DAY.minus(Duration.ofHours(12)), 200, CallOutcome.BOOKED, "LISTEN", "LISTEN", "LISTEN", "HANG_UP");
		this.clock.set(TEN_AM.plusSeconds(30));
		publish(new AppointmentBooked(990_001L, 1, 1, NEXT_DAY, NEXT_DAY.plusSeconds(1800), BookingSource.API));
		publish(new AppointmentCancelled(990_002L, 1, 1, NEXT_DAY, null, BookingSource.DASHBOARD));
		// a change is kept at the time its listener runs
		await().atMost(Duration.ofSeconds(10)).until(() -> count("kpi_call") == 5 && count("booking_change") == 2);
		this.clock.set(NEXT_DAY);

		ApiClient.Response response = this.api
			.get("/api/unified/business-metrics?from=2033-11-06T00:00:00-04:00&to=2033-11-07T00:00:00-05:00");

		assertThat(response.status()).isEqualTo(200);
		JsonNode metrics = response.json();
		assertThat(metrics.get("granularity").asString()).isEqualTo("hour");
		assertThat(metrics.get("time_zone").asString()).isEqualTo("America/Toronto");
		assertThat(metrics.get("calls").get("value").asLong()).isEqualTo(4);
		assertThat(metrics.get("calls").get("previous").asLong()).isEqualTo(1);
		assertThat(metrics.get("calls").get("change").asLong()).isEqualTo(3);
		assertThat(metrics.get("calls").get("change_percent").asDouble()).isEqualTo(300.0);
		// booked, the question dealt with ("anything else?") and the move succeeded; the
		// failure did not
		assertThat(metrics.get("success_rate").get("value").asDouble()).isEqualTo(0.75);
		// one booked of the three conversations that were not a move
		assertThat(metrics.get("booking_conversion").get("value").asDouble()).isEqualTo(0.3333);
		assertThat(metrics.get("bookings").get("value").asLong()).isEqualTo(1);
		assertThat(metrics.get("bookings_by_source").get("api").asLong()).isEqualTo(1);
		assertThat(metrics.get("bookings_by_source").get("voice").asLong()).isZero();
		assertThat(metrics.get("cancellations").get("value").asLong()).isEqualTo(1);
		assertThat(metrics.get("call_duration_p50_sec").get("value").asLong()).isEqualTo(120);
		assertThat(metrics.get("call_duration_p95_sec").get("value").asLong()).isEqualTo(300);
		assertThat(metrics.get("turns_per_booking_p50").get("value").asLong()).isEqualTo(3);
		assertThat(metrics.get("turns_per_booking_p50").get("previous").asLong()).isEqualTo(4);

		JsonNode series = metrics.get("series");
		assertThat(series).hasSize(25);
		assertThat(series.get(1).get("start").asString()).isEqualTo("2033-11-06T01:00:00-04:00");
		assertThat(series.get(1).get("calls").asLong()).isOne();
		assertThat(series.get(2).get("start").asString()).isEqualTo("2033-11-06T01:00:00-05:00");
		assertThat(series.get(2).get("calls").asLong()).isOne();
		assertThat(series.get(11).get("calls").asLong()).isEqualTo(2);
		assertThat(series.get(11).get("bookings").asLong()).isOne();
		assertThat(series.get(11).get("success_rate").asDouble()).isEqualTo(0.5);

		assertThat(metrics.get("peak_concurrent_calls").get("calls").asInt()).isEqualTo(2);
		assertThat(metrics.get("peak_concurrent_calls").get("at").asString()).isEqualTo("2033-11-06T10:01:00-05:00");
		JsonNode peakHours = metrics.get("peak_hours");
		assertThat(peakHours.get("top").get(0).get("day_of_week").asString()).isEqualTo("SUNDAY");
		assertThat(peakHours.get("top").get(0).get("hour").asInt()).isEqualTo(1);
		assertThat(peakHours.get("top").get(0).get("calls").asInt()).isEqualTo(2);
		assertThat(peakHours.get("heat_map")).hasSize(7);
		assertThat(peakHours.get("heat_map").get(6).get(10).asInt()).isEqualTo(2);
		assertThat(metrics.get("scaling").get("peak_concurrent_calls").asInt()).isEqualTo(2);
		assertThat(metrics.get("scaling").get("capacity_per_instance").asInt()).isEqualTo(200);
		assertThat(metrics.get("scaling").get("instances").asInt()).isOne();
	}

	@Test
	void withoutParametersTheAnswerIsTheLastSevenDaysByDay() {
		this.clock.set(NEXT_DAY);

		JsonNode metrics = this.api.get("/api/unified/business-metrics").json();

		assertThat(metrics.get("granularity").asString()).isEqualTo("day");
		assertThat(OffsetDateTime.parse(metrics.get("to").asString()).toInstant()).isEqualTo(NEXT_DAY);
		assertThat(OffsetDateTime.parse(metrics.get("from").asString()).toInstant())
			.isEqualTo(NEXT_DAY.minus(Duration.ofDays(7)));
		assertThat(metrics.get("series")).hasSize(7);
	}

	@Test
	void badPeriodsAndGranularitiesAreProblems() {
		assertBadRequest("?from=2033-11-07T00:00:00Z&to=2033-11-06T00:00:00Z", "to");
		assertBadRequest("?from=2033-11-06T00:00:00Z&to=2033-11-06T00:00:00Z", "to");
		assertBadRequest("?from=2032-01-01T00:00:00Z&to=2033-11-06T00:00:00Z", "to");
		assertBadRequest("?from=2033-09-01T00:00:00Z&to=2033-11-06T00:00:00Z&granularity=hour", "granularity");
		assertBadRequest("?granularity=week", "granularity");
		ApiClient.Response notATime = this.api.get("/api/unified/business-metrics?from=yesterday");
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(notATime.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theApiKeyIsRequired() {
		assertThat(this.api.get("/api/unified/business-metrics", "wrong-key").status()).isEqualTo(401);
	}

	private void assertBadRequest(String query, String field) {
		ApiClient.Response response = this.api.get("/api/unified/business-metrics" + query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains(field);
	}

	private void call(Instant startedAt, int durationSec, CallOutcome outcome, String... actions) {
		String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
		Instant endedAt = startedAt.plusSeconds(durationSec);
		this.jdbc.sql("""
				INSERT INTO call_record (call_sid, caller, called, started_at, ended_at, duration_sec, outcome)
				VALUES (?, '+14165550188', '+14165550100', ?, ?, ?, ?)""")
			.params(sid, utc(startedAt), utc(endedAt), durationSec, outcome.name())
			.update();
		turn(sid, 0, null, "LISTEN", "Hello, this is Bella.", startedAt);
		for (int i = 0; i < actions.length; i++) {
			boolean dealtWith = DEALT_WITH.equals(actions[i]);
			turn(sid, i + 1, "what the caller said", dealtWith ? "LISTEN" : actions[i],
					dealtWith ? "We open at 9. Is there anything else I can help you with?" : "said",
					startedAt.plusSeconds(10L * (i + 1)));
		}
		publish(new CallEnded(sid, outcome, durationSec, null, endedAt));
	}

	private void turn(String sid, int turn, String heard, String action, String said, Instant at) {
		this.jdbc.sql("""
				INSERT INTO call_turn (call_sid, turn, heard, said, action, latency_ms, fallback, answered_at)
				VALUES (?, ?, ?, ?, ?, 100, FALSE, ?)""").params(sid, turn, heard, said, action, utc(at)).update();
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long count(String table) {
		String column = table.equals("kpi_call") ? "started_at" : "occurred_at";
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " >= ?")
			.param(utc(DAY.minus(Duration.ofDays(30))))
			.query(Long.class)
			.single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
