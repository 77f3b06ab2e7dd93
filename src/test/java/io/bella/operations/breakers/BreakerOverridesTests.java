package io.bella.operations.breakers;

import java.time.Instant;

import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.bella.operations.breakers.BreakerOverrides.Mode;
import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one database (the embedded default, H2), each with its own
 * breakers: a breaker forced open, forced closed or reset on one is so on the other at
 * its next poll of {@code breaker_override} (every 2 s), and on the first at once; an
 * instance that starts later applies what holds.
 */
class BreakerOverridesTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

	JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	CircuitBreakerRegistry oneBreakers = CircuitBreakerRegistry.ofDefaults();

	CircuitBreakerRegistry twoBreakers = CircuitBreakerRegistry.ofDefaults();

	BreakerOverrides one = instance("one", this.oneBreakers);

	BreakerOverrides two = instance("two", this.twoBreakers);

	@Test
	void aBreakerForcedOpenOnOneInstanceIsOpenOnTheOtherAtItsNextPoll() {
		this.oneBreakers.circuitBreaker("twilio");
		this.twoBreakers.circuitBreaker("twilio");

		this.one.force("twilio", Mode.FORCED_OPEN, "ops");

		assertThat(state(this.oneBreakers)).isEqualTo(State.FORCED_OPEN);
		assertThat(state(this.twoBreakers)).isEqualTo(State.CLOSED);
		this.two.poll();
		assertThat(state(this.twoBreakers)).isEqualTo(State.FORCED_OPEN);

		this.two.force("twilio", Mode.FORCED_CLOSED, "ops");
		this.one.poll();
		assertThat(state(this.oneBreakers)).isEqualTo(State.DISABLED);

		this.one.force("twilio", Mode.RESET, "ops");
		this.two.poll();
		assertThat(state(this.oneBreakers)).isEqualTo(State.CLOSED);
		assertThat(state(this.twoBreakers)).isEqualTo(State.CLOSED);
	}

	@Test
	void anOverrideIsAppliedOnceSoTheBreakerThenGoesItsOwnWay() {
		this.oneBreakers.circuitBreaker("twilio");
		this.twoBreakers.circuitBreaker("twilio");
		this.one.force("twilio", Mode.RESET, "ops");
		this.two.poll();
		this.twoBreakers.circuitBreaker("twilio").transitionToOpenState();

		this.two.poll();

		assertThat(state(this.twoBreakers)).as("opened by its own failures since").isEqualTo(State.OPEN);
	}

	@Test
	void aRowWrittenDirectlyAndAnInstanceStartedLaterAreApplied() {
		this.jdbc.sql("""
				INSERT INTO breaker_override (breaker, mode, version, set_at, set_by)
				VALUES ('llm', 'FORCED_OPEN', 1, CURRENT_TIMESTAMP, 'psql')""").update();
		CircuitBreakerRegistry later = CircuitBreakerRegistry.ofDefaults();
		later.circuitBreaker("llm");

		instance("three", later).poll();

		assertThat(later.circuitBreaker("llm").getState()).isEqualTo(State.FORCED_OPEN);
	}

	private BreakerOverrides instance(String id, CircuitBreakerRegistry registry) {
		return new BreakerOverrides(this.jdbc, registry, new InstanceId(id), this.clock);
	}

	private static State state(CircuitBreakerRegistry registry) {
		return registry.circuitBreaker("twilio").getState();
	}

}
