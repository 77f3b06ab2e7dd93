package io.bella.operations.breakers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code breaker-open}: a HIGH alert for each circuit breaker that some live instance has
 * open (or half-open, still testing whether its remote system is back), with the breaker
 * as the component; resolved when no live instance has it open, that is when it closed
 * again everywhere.
 */
@Component
class BreakerOpenRule implements AlertRule {

	static final String NAME = "breaker-open";

	private final BreakerRecords records;

	private final BreakerProperties properties;

	BreakerOpenRule(BreakerRecords records, BreakerProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Map<String, List<BreakerRecords.State>> open = new LinkedHashMap<>();
		for (BreakerRecords.State state : this.records.open(now.minus(this.properties.staleAfter()))) {
			open.computeIfAbsent(state.breaker(), (key) -> new ArrayList<>()).add(state);
		}
		List<Condition> conditions = new ArrayList<>();
		open.forEach((breaker, states) -> conditions.add(new Condition(NAME, Map.of("breaker", breaker), Severity.HIGH,
				breaker, "Circuit breaker " + breaker + " is open",
				states.stream()
					.map((state) -> state.state() + " on " + state.instance() + " since " + state.since())
					.collect(Collectors.joining("; ")) + ". While it is open: " + this.properties.fallback(breaker))));
		return conditions;
	}

}
