package io.bella.operations.breakers;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bella.system.ClinicTimeZone;
import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every circuit breaker in the registry: its state on this instance, its metrics and
 * configuration, what callers get while it is open, and its latest transitions on any
 * instance.
 */
@RestController
@Tag(name = "Operations", description = "Circuit breakers, alerts and the service's health as operators see it")
class CircuitBreakerController {

	static final int LAST_TRANSITIONS = 10;

	private static final Logger log = LoggerFactory.getLogger(CircuitBreakerController.class);

	private static final Set<State> LETTING_CALLS_THROUGH = EnumSet.of(State.CLOSED, State.DISABLED,
			State.METRICS_ONLY);

	private final CircuitBreakerRegistry registry;

	private final BreakerRecords records;

	private final BreakerProperties properties;

	private final InstanceId instance;

	private final ClinicTimeZone clinicZone;

	private final Clock clock;

	CircuitBreakerController(CircuitBreakerRegistry registry, BreakerRecords records, BreakerProperties properties,
			InstanceId instance, ClinicTimeZone clinicZone, Clock clock) {
		this.registry = registry;
		this.records = records;
		this.properties = properties;
		this.instance = instance;
		this.clinicZone = clinicZone;
		this.clock = clock;
	}

	@GetMapping("/api/unified/circuit-breakers")
	@Operation(operationId = "listCircuitBreakers", summary = "Circuit breakers",
			description = "overall is UP when every breaker lets calls through, DOWN when every one is open, "
					+ "DEGRADED otherwise. failure_rate and slow_call_rate are null until the breaker has seen its "
					+ "minimum number of calls.")
	BreakersResponse breakers() {
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		History history = history();
		List<CircuitBreaker> breakers = this.registry.getAllCircuitBreakers()
			.stream()
			.sorted(Comparator.comparing(CircuitBreaker::getName))
			.toList();
		List<BreakerResponse> responses = breakers.stream()
			.map((breaker) -> BreakerResponse.of(breaker, at(history.since().get(breaker.getName()), zone),
					this.properties.fallback(breaker.getName()),
					history.transitions()
						.getOrDefault(breaker.getName(), List.of())
						.stream()
						.map((transition) -> new TransitionResponse(transition.from(), transition.to(),
								at(transition.at(), zone), transition.instance()))
						.toList()))
			.toList();
		return new BreakersResponse(overall(breakers), this.instance.value(), responses);
	}

	private History history() {
		try {
			return new History(this.records.since(this.instance.value()),
					this.records.latest(LAST_TRANSITIONS, this.clock.instant().minus(this.properties.retention())));
		}
		catch (DataAccessException ex) {
			// the breakers' own state is in memory: answer it without the history
			log.warn("Circuit breaker history unavailable: {}", ex.toString());
			return new History(Map.of(), Map.of());
		}
	}

	static String overall(List<CircuitBreaker> breakers) {
		long open = breakers.stream().filter((breaker) -> !LETTING_CALLS_THROUGH.contains(breaker.getState())).count();
		if (open == 0) {
			return "UP";
		}
		return (open == breakers.size()) ? "DOWN" : "DEGRADED";
	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

	/**
	 * Every breaker.
	 *
	 * @param overall {@code UP}, {@code DEGRADED} or {@code DOWN}
	 * @param instance the instance whose breakers these are (each instance has its own)
	 * @param breakers by name
	 */
	record BreakersResponse(String overall, String instance, List<BreakerResponse> breakers) {
	}

	private record History(Map<String, Instant> since, Map<String, List<BreakerRecords.Transition>> transitions) {
	}

	/**
	 * One transition.
	 *
	 * @param from the state left
	 * @param to the state entered
	 * @param at when
	 * @param instance on which instance
	 */
	record TransitionResponse(String from, String to, OffsetDateTime at, String instance) {
	}

}
