package io.bella.operations.breakers;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.bella.operations.breakers.BreakerOverrides.Mode;
import io.bella.system.InvalidRequestException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forces a circuit breaker open or closed, or resets it, on every instance.
 */
@RestController
@Tag(name = "Operations")
class BreakerOverrideController {

	private static final String MODES = Arrays.stream(Mode.values())
		.map((mode) -> mode.name().toLowerCase(Locale.ROOT))
		.collect(Collectors.joining(", "));

	private final CircuitBreakerRegistry registry;

	private final BreakerOverrides overrides;

	BreakerOverrideController(CircuitBreakerRegistry registry, BreakerOverrides overrides) {
		this.registry = registry;
		this.overrides = overrides;
	}

	@PutMapping("/api/unified/circuit-breakers/{name}/override")
	@Operation(operationId = "overrideCircuitBreaker", summary = "Force a circuit breaker open or closed, or reset it",
			description = "mode forced_open rejects every call, forced_closed lets every call through, reset "
					+ "closes the breaker and clears its counts. Applied on this instance at once and on every "
					+ "other instance within 5 s. 404 for an unknown breaker.")
	ResponseEntity<?> override(@PathVariable String name, @RequestBody(required = false) OverrideRequest request) {
		Mode mode = mode(request);
		CircuitBreaker breaker = this.registry.find(name).orElse(null);
		if (breaker == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"There is no circuit breaker named " + name.substring(0, Math.min(name.length(), 100)) + ".");
			problem.setTitle("Unknown circuit breaker");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		this.overrides.force(breaker.getName(), mode, by(request));
		return ResponseEntity.ok(new OverrideResponse(breaker.getName(), mode.name().toLowerCase(Locale.ROOT),
				breaker.getState().name()));
	}

	// kept and logged: no line breaks or other control characters, at most 100 characters
	private static String by(OverrideRequest request) {
		String by = (request.by() != null) ? request.by().replaceAll("\\p{Cntrl}", " ").strip() : "";
		return by.isEmpty() ? "operator" : by.substring(0, Math.min(by.length(), 100));
	}

	private static Mode mode(OverrideRequest request) {
		if (request == null || request.mode() == null) {
			throw new InvalidRequestException("mode", "is required: one of " + MODES);
		}
		try {
			return Mode.valueOf(request.mode().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("mode", "must be one of " + MODES);
		}
	}

	/**
	 * What to force.
	 *
	 * @param mode {@code forced_open}, {@code forced_closed} or {@code reset}
	 * @param by who asks, kept with the change (default {@code operator})
	 */
	record OverrideRequest(String mode, String by) {
	}

	/**
	 * The change made.
	 *
	 * @param name the breaker
	 * @param mode what was forced
	 * @param state its state on this instance now
	 */
	record OverrideResponse(String name, String mode, String state) {
	}

}
