package io.bella.operations.breakers;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overall state of the breakers: UP while all let calls through, DOWN when none does.
 */
class CircuitBreakerOverallTests {

	@Test
	void upWhileEveryBreakerLetsCallsThroughDegradedWhileSomeAreOpenDownWhenAllAre() {
		CircuitBreaker llm = CircuitBreaker.ofDefaults("llm");
		CircuitBreaker twilio = CircuitBreaker.ofDefaults("twilio");
		CircuitBreaker slack = CircuitBreaker.ofDefaults("slack");
		slack.transitionToDisabledState();
		List<CircuitBreaker> breakers = List.of(llm, twilio, slack);

		assertThat(CircuitBreakerController.overall(breakers)).isEqualTo("UP");
		llm.transitionToOpenState();
		assertThat(CircuitBreakerController.overall(breakers)).isEqualTo("DEGRADED");
		twilio.transitionToOpenState();
		twilio.transitionToHalfOpenState();
		slack.transitionToForcedOpenState();
		assertThat(CircuitBreakerController.overall(breakers)).isEqualTo("DOWN");
	}

}
