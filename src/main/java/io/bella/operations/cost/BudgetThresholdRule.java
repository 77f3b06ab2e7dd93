package io.bella.operations.cost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code budget-threshold}: the month's cost has reached 80 % (MEDIUM), 90 % (HIGH) or
 * 100 % (CRITICAL) of the monthly budget. Each threshold fires once a month: the first
 * evaluation that finds it crossed claims it for the month in the database, so instances
 * evaluating at once agree, and the alert holds for the rest of the month (resolved when
 * the month ends). When the month falls back under the threshold (the budget was raised,
 * Twilio's actual prices came in under the estimates) the claim ends and the alert
 * resolves, and that threshold does not fire again that month.
 */
@Component
class BudgetThresholdRule implements AlertRule {

	static final String NAME = "budget-threshold";

	static final List<Threshold> THRESHOLDS = List.of(new Threshold(80, Severity.MEDIUM),
			new Threshold(90, Severity.HIGH), new Threshold(100, Severity.CRITICAL));

	private final Budget budget;

	private final BudgetClaims claims;

	BudgetThresholdRule(Budget budget, BudgetClaims claims) {
		this.budget = budget;
		this.claims = claims;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Budget.Status status = this.budget.now(now);
		String month = status.month().label();
		List<Condition> conditions = new ArrayList<>();
		for (Threshold threshold : THRESHOLDS) {
			boolean crossed = threshold.crossedBy(status);
			if (this.claims.holds(month, threshold.key(), crossed, crossed, now)) {
				conditions.add(condition(status, threshold));
			}
		}
		return conditions;
	}

	private static Condition condition(Budget.Status status, Threshold threshold) {
		String month = status.month().readable();
		return new Condition(NAME, Map.of("month", status.month().label(), "threshold", threshold.key()),
				threshold.severity(), "budget",
				month + " has used " + threshold.percent() + " % of the monthly budget of "
						+ Money.dollars(status.budget()),
				Money.dollars(status.spent()) + " so far (" + Math.round(status.percent()) + " %); at this rate "
						+ Money.dollars(status.forecast())
						+ " by the month's end. Where it goes and what would save most: "
						+ "GET /api/unified/cost-optimization. This threshold fires once this month.");
	}

	/**
	 * A share of the budget that raises an alert.
	 *
	 * @param percent the share, in percent
	 * @param severity the alert's severity
	 */
	record Threshold(int percent, Severity severity) {

		String key() {
			return Integer.toString(this.percent);
		}

		boolean crossedBy(Budget.Status status) {
			return status.percent() >= this.percent;
		}

	}

}
