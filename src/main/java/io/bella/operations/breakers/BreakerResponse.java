package io.bella.operations.breakers;

import java.time.OffsetDateTime;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * One breaker as {@code /api/unified/circuit-breakers} writes it. The rates are
 * {@code null}, never Resilience4j's {@code -1}, until the breaker has seen its minimum
 * number of calls.
 */
record BreakerResponse(String name, String state, OffsetDateTime since, Float failureRate, Float slowCallRate,
		int bufferedCalls, int failedCalls, int slowCalls, long notPermittedCalls, Config config, String fallback,
		List<CircuitBreakerController.TransitionResponse> lastTransitions) {

	static BreakerResponse of(CircuitBreaker breaker, OffsetDateTime since, String fallback,
			List<CircuitBreakerController.TransitionResponse> transitions) {
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		return new BreakerResponse(breaker.getName(), breaker.getState().name(), since, rate(metrics.getFailureRate()),
				rate(metrics.getSlowCallRate()), metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
				metrics.getNumberOfSlowCalls(), metrics.getNumberOfNotPermittedCalls(),
				Config.of(breaker.getCircuitBreakerConfig()), fallback, transitions);
	}

	private static Float rate(float rate) {
		return (rate < 0) ? null : rate;
	}

	/**
	 * The breaker's configuration (application.yml, {@code resilience4j.circuitbreaker}).
	 * Durations are ISO-8601 ({@code PT30S}).
	 */
	record Config(String slidingWindowType, int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
			float slowCallRateThreshold, String slowCallDurationThreshold, String waitDurationInOpenState,
			int permittedNumberOfCallsInHalfOpenState, boolean automaticTransitionFromOpenToHalfOpen) {

		static Config of(CircuitBreakerConfig config) {
			return new Config(config.getSlidingWindowType().name(), config.getSlidingWindowSize(),
					config.getMinimumNumberOfCalls(), config.getFailureRateThreshold(),
					config.getSlowCallRateThreshold(), config.getSlowCallDurationThreshold().toString(),
					java.time.Duration.ofMillis(config.getWaitIntervalFunctionInOpenState().apply(1)).toString(),
					config.getPermittedNumberOfCallsInHalfOpenState(),
					config.isAutomaticTransitionFromOpenToHalfOpenEnabled());
		}

	}

}
