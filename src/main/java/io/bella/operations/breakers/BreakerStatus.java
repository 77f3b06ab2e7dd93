package io.bella.operations.breakers;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusContributor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.stereotype.Component;

/**
 * Each circuit breaker on this instance as a status component ({@code breaker:llm}):
 * green while it lets calls through, yellow while it is open or half-open and its
 * fallback carries the load, red while it is open with no fallback described.
 */
@Component
class BreakerStatus implements StatusContributor {

	private final CircuitBreakerRegistry registry;

	private final BreakerProperties properties;

	BreakerStatus(CircuitBreakerRegistry registry, BreakerProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "breakers";
	}

	@Override
	public List<ComponentStatus> status(Instant now) {
		return this.registry.getAllCircuitBreakers()
			.stream()
			.sorted(Comparator.comparing(CircuitBreaker::getName))
			.map(this::status)
			.toList();
	}

	private ComponentStatus status(CircuitBreaker breaker) {
		String name = "breaker:" + breaker.getName();
		String fallback = this.properties.fallbacks().get(breaker.getName());
		return switch (breaker.getState()) {
			case CLOSED, DISABLED, METRICS_ONLY -> ComponentStatus.green(name, "Closed: calls go through.");
			case HALF_OPEN -> ComponentStatus.yellow(name, "Half-open: trying a few calls to see whether "
					+ breaker.getName() + " is back." + ((fallback != null) ? " Meanwhile: " + fallback : ""));
			case OPEN, FORCED_OPEN -> (fallback != null) ? ComponentStatus.yellow(name, "Open: " + fallback)
					: ComponentStatus.red(name, "Open, and no fallback is described: callers get an error.");
		};
	}

}
