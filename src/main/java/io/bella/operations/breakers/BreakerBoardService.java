package io.bella.operations.breakers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.bella.operations.BreakerBoard;

import org.springframework.stereotype.Service;

/**
 * {@link BreakerBoard}: the breakers as {@code /api/unified/circuit-breakers} tells them.
 */
@Service
class BreakerBoardService implements BreakerBoard {

	private final CircuitBreakerController controller;

	BreakerBoardService(CircuitBreakerController controller) {
		this.controller = controller;
	}

	@Override
	public List<Breaker> breakers() {
		return this.controller.breakers()
			.breakers()
			.stream()
			.map((breaker) -> new Breaker(breaker.name(), breaker.state(), instant(breaker.since()),
					breaker.failureRate(), breaker.fallback(),
					breaker.lastTransitions()
						.stream()
						.map((transition) -> new Transition(transition.from(), transition.to(),
								instant(transition.at()), transition.instance()))
						.toList()))
			.toList();
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
