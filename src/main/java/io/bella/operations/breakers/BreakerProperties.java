package io.bella.operations.breakers;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How breaker history is kept and told.
 *
 * @param retention how long transitions are kept
 * @param staleAfter an instance whose breaker states were not refreshed for this long is
 * taken for gone, and its open breakers stop counting
 * @param fallbacks what callers get while each breaker is open, one sentence per breaker
 * name
 */
@ConfigurationProperties("bella.operations.breakers")
record BreakerProperties(@DefaultValue("30d") Duration retention, @DefaultValue("3m") Duration staleAfter,
		Map<String, String> fallbacks) {

	BreakerProperties {
		fallbacks = (fallbacks != null) ? Map.copyOf(fallbacks) : Map.of();
	}

	String fallback(String breaker) {
		return this.fallbacks.getOrDefault(breaker, "No fallback is described for this breaker: callers get an error.");
	}

}
