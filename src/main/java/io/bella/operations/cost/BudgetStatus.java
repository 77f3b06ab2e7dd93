package io.bella.operations.cost;

import java.time.Instant;
import java.util.List;

import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusContributor;

import org.springframework.stereotype.Component;

/**
 * The month's cost against the budget as the {@code budget} status component: yellow from
 * 80 % (the first budget alert's threshold), red from 100 %.
 */
@Component
class BudgetStatus implements StatusContributor {

	static final String NAME = "budget";

	private static final double YELLOW_FROM = 80;

	private static final double RED_FROM = 100;

	private final Budget budget;

	BudgetStatus(Budget budget) {
		this.budget = budget;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ComponentStatus> status(Instant now) {
		Budget.Status status = this.budget.now(now);
		String month = status.month().readable();
		String reason = month + ": " + Money.dollars(status.spent()) + " of " + Money.dollars(status.budget()) + " ("
				+ Math.round(Math.floor(status.percent())) + " %), " + Money.dollars(status.forecast())
				+ " by the month's end at this rate.";
		if (status.percent() >= RED_FROM) {
			return List.of(ComponentStatus.red(NAME, reason + " The budget is spent."));
		}
		if (status.percent() >= YELLOW_FROM) {
			return List.of(ComponentStatus.yellow(NAME, reason));
		}
		return List.of(ComponentStatus.green(NAME, reason));
	}

	@Override
	public boolean usesDatabase() {
		return true;
	}

}
