package io.bella.operations.breakers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/unified/circuit-breakers} and the breaker history over HTTP on PostgreSQL:
 * every breaker of the registry (those added later too), transitions kept, the
 * {@code breaker-open} alert raised and resolved as a breaker opens and closes.
 */
@BellaIntegrationTest
class CircuitBreakersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	BreakerHistoryPurge purge;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
	}

	@Test
	void everyBreakerIsListedWithItsConfigurationFallbackAndNoRateBeforeItsMinimumOfCalls() {
		JsonNode answer = this.api.get("/api/unified/circuit-breakers").json();

		assertThat(answer.get("breakers")).extracting((breaker) -> breaker.get("name").asString())
			.contains("llm", "whisper", "twilio", "slack", "email", "sms-alerts");
		JsonNode llm = breaker(answer, "llm");
		assertThat(llm.get("state").asString()).isEqualTo("CLOSED");
		assertThat(llm.get("failure_rate").isNull()).isTrue();
		assertThat(llm.get("slow_call_rate").isNull()).isTrue();
		assertThat(llm.get("buffered_calls").asInt()).isZero();
		assertThat(llm.get("config").get("minimum_number_of_calls").asInt()).isEqualTo(5);
		assertThat(llm.get("config").get("wait_duration_in_open_state").asString()).isEqualTo("PT30S");
		assertThat(llm.get("fallback").asString()).contains("rule-based extraction");
		assertThat(breaker(answer, "whisper").get("fallback").asString()).contains("without a transcript");
		assertThat(breaker(answer, "twilio").get("fallback").asString()).contains("retried");
		assertThat(answer.get("instance").asString()).isNotBlank();
	}

	@Test
	void aBreakerAddedLaterIsWatchedItsOpeningRaisesAHighAlertAndItsClosingResolvesIt() {
		String name = "ops-test-" + UUID.randomUUID().toString().substring(0, 8);
		CircuitBreaker breaker = this.registry.circuitBreaker(name,
				CircuitBreakerConfig.custom().slidingWindowSize(2).minimumNumberOfCalls(2).build());

		breaker.onError(0, TimeUnit.MILLISECONDS, new IllegalStateException("remote down"));
		breaker.onError(0, TimeUnit.MILLISECONDS, new IllegalStateException("remote down"));

		await().atMost(Duration.ofSeconds(10)).until(() -> alertState(name) != null);
		assertThat(alertState(name)).isEqualTo("FIRING");
		assertThat(this.jdbc.sql("SELECT severity FROM alert WHERE component = ?")
			.param(name)
			.query(String.class)
			.single()).isEqualTo("HIGH");
		JsonNode open = breaker(this.api.get("/api/unified/circuit-breakers").json(), name);
		assertThat(open.get("state").asString()).isEqualTo("OPEN");
		assertThat(open.get("failure_rate").asDouble()).isEqualTo(100.0);
		assertThat(open.get("since").asString()).isEqualTo("2026-03-02T08:00:00-05:00");
		assertThat(open.get("last_transitions").get(0).get("from").asString()).isEqualTo("CLOSED");
		assertThat(open.get("last_transitions").get(0).get("to").asString()).isEqualTo("OPEN");
		assertThat(this.api.get("/api/unified/circuit-breakers").json().get("overall").asString())
			.isEqualTo("DEGRADED");

		this.clock.advance(Duration.ofMinutes(2));
		breaker.transitionToHalfOpenState();
		breaker.transitionToClosedState();

		await().atMost(Duration.ofSeconds(10)).until(() -> "RESOLVED".equals(alertState(name)));
		assertThat(this.jdbc.sql("SELECT resolution FROM alert WHERE component = ?")
			.param(name)
			.query(String.class)
			.single()).isEqualTo("auto");
		assertThat(breaker(this.api.get("/api/unified/circuit-breakers").json(), name).get("last_transitions"))
			.extracting((transition) -> transition.get("to").asString())
			.containsExactly("CLOSED", "HALF_OPEN", "OPEN");
	}

	@Test
	void transitionsOlderThanThirtyDaysArePurged() {
		Instant now = this.clock.instant();
		for (Duration age : new Duration[] { Duration.ofDays(31), Duration.ofDays(29) }) {
			this.jdbc.sql("""
					INSERT INTO breaker_transition (breaker, instance_id, from_state, to_state, at)
					VALUES ('ops-purge-test', 'gone', 'CLOSED', 'OPEN', ?)""")
				.param(now.minus(age).atOffset(ZoneOffset.UTC))
				.update();
		}

		this.purge.purge();

		assertThat(this.jdbc.sql("SELECT at FROM breaker_transition WHERE breaker = 'ops-purge-test'")
			.query(OffsetDateTime.class)
			.list()).singleElement()
			.satisfies((at) -> assertThat(at.toInstant()).isEqualTo(now.minus(Duration.ofDays(29))));
	}

	private String alertState(String component) {
		return this.jdbc.sql("SELECT state FROM alert WHERE component = ? ORDER BY id DESC LIMIT 1")
			.param(component)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static JsonNode breaker(JsonNode answer, String name) {
		for (JsonNode breaker : answer.get("breakers")) {
			if (breaker.get("name").asString().equals(name)) {
				return breaker;
			}
		}
		throw new AssertionError("No breaker " + name + " in " + answer);
	}

}
