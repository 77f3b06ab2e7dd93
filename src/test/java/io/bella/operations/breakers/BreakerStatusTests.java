package io.bella.operations.breakers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.bella.operations.status.ComponentStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each breaker as a status component: green while closed, yellow while open or half-open
 * with a fallback, red while open without one.
 */
class BreakerStatusTests {

	CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	BreakerStatus status = new BreakerStatus(this.registry, new BreakerProperties(Duration.ofDays(30),
			Duration.ofMinutes(3), Map.of("llm", "Callers are understood by the rule-based extraction.")));

	@Test
	void closedIsGreenOpenWithAFallbackYellowAndOpenWithoutOneRed() {
		this.registry.circuitBreaker("twilio");
		this.registry.circuitBreaker("llm").transitionToOpenState();
		this.registry.circuitBreaker("calendar").transitionToForcedOpenState();

		assertThat(this.status.status(Instant.now())).containsExactly(
				ComponentStatus.red("breaker:calendar", "Open, and no fallback is described: callers get an error."),
				ComponentStatus.yellow("breaker:llm", "Open: Callers are understood by the rule-based extraction."),
				ComponentStatus.green("breaker:twilio", "Closed: calls go through."));

		this.registry.circuitBreaker("llm").transitionToHalfOpenState();
		assertThat(this.status.status(Instant.now()).get(1).reason())
			.startsWith("Half-open: trying a few calls to see whether llm is back.");
	}

}
