package io.bella.operations.cost;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code budget-forecast}: HIGH when the month, going on as so far, will cost more than
 * the budget. Only once enough of the month has passed for the forecast to mean something
 * ({@code forecast-after}, three days); once a month, claimed as the thresholds are, and
 * ended for the month when the forecast falls back under the budget.
 */
@Component
class BudgetForecastRule implements AlertRule {

	static final String NAME = "budget-forecast";

	static final String CLAIM = "forecast";

	private final Budget budget;

	private final BudgetClaims claims;

	private final CostProperties properties;

	BudgetForecastRule(Budget budget, BudgetClaims claims, CostProperties properties) {
		this.budget = budget;
		this.claims = claims;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Budget.Status status = this.budget.now(now);
		String month = status.month().label();
		boolean over = status.forecast().compareTo(status.budget()) > 0;
		boolean longEnough = !now.isBefore(status.month().start().plus(this.properties.forecastAfter()));
		if (!this.claims.holds(month, CLAIM, over && longEnough, over, now)) {
			return List.of();
		}
		return List.of(new Condition(NAME, Map.of("month", month), Severity.HIGH, "budget",
				"At this rate " + month + " will cost " + Money.dollars(status.forecast()) + ", over the budget of "
						+ Money.dollars(status.budget()),
				Money.dollars(status.spent()) + " spent in " + Math.round(status.elapsed() * 100)
						+ " % of the month. Where it goes and what would save most: "
						+ "GET /api/unified/cost-optimization."));
	}

}
