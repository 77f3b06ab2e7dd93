package io.bella.operations.slo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.operations.slo.SloResult.BurningPair;

import org.springframework.stereotype.Component;

/**
 * {@code slo-burn-rate}: an SLO spends its error budget too fast over both windows of a
 * pair (Google SRE Workbook): 14.4x over 1 h and 5 min, or 6x over 6 h and 30 min, raise
 * a CRITICAL alert; 3x over 1 day and 2 h, or 1x over 3 days and 6 h, a MEDIUM one. One
 * alert per SLO and severity, with the SLO's component ({@code voice}, {@code api}), so
 * that a CRITICAL one mutes the MEDIUM one; it resolves when no pair of its severity
 * holds, that is once the short window burns slower.
 */
@Component
class BurnRateRule implements AlertRule {

	static final String NAME = "slo-burn-rate";

	private final Slos slos;

	BurnRateRule(Slos slos) {
		this.slos = slos;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		List<Condition> conditions = new ArrayList<>();
		for (SloResult slo : this.slos.report(now).slos()) {
			for (Severity severity : List.of(Severity.CRITICAL, Severity.MEDIUM)) {
				List<BurningPair> pairs = slo.burning().stream().filter((pair) -> pair.severity() == severity).toList();
				if (!pairs.isEmpty()) {
					conditions.add(condition(slo, severity, pairs));
				}
			}
		}
		return conditions;
	}

	private static Condition condition(SloResult slo, Severity severity, List<BurningPair> pairs) {
		String windows = pairs.stream()
			.map((pair) -> pair.alert() + " (" + pair.longBurnRate() + "x and " + pair.shortBurnRate() + "x)")
			.collect(Collectors.joining("; "));
		return new Condition(NAME, Map.of("slo", slo.name(), "severity", severity.name().toLowerCase(Locale.ROOT)),
				severity, slo.component(),
				"SLO " + slo.name() + " is burning its error budget: " + pairs.get(0).alert(),
				"BurningPair " + windows + ". Objective " + percent(slo.objective().target()) + " over "
						+ slo.objective().window() + ": " + slo.objective().goodEvent() + ". Over the full window "
						+ slo.errorBudget().consumed() + " bad events of " + slo.errorBudget().total()
						+ " allowed. Per window: GET /api/unified/sla-metrics.");
	}

	static String percent(double share) {
		return (Math.round(share * 100_000) / 1000.0) + " %";
	}

}
