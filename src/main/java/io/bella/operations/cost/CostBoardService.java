package io.bella.operations.cost;

import java.time.Clock;
import java.time.Instant;

import io.bella.operations.CostBoard;

import org.springframework.stereotype.Service;

/**
 * {@link CostBoard} from the same report as {@code /api/unified/cost-optimization}.
 */
@Service
class CostBoardService implements CostBoard {

	private final CostReport report;

	private final Budget budget;

	private final Clock clock;

	CostBoardService(CostReport report, Budget budget, Clock clock) {
		this.report = report;
		this.budget = budget;
		this.clock = clock;
	}

	@Override
	public CostMonth costMonth() {
		Instant now = this.clock.instant();
		CostOptimization month = this.report.of(BillingMonth.containing(now, this.budget.zone()), now);
		return new CostMonth(month.month(), month.monthToDate(), month.budget(), month.percentUsed(),
				month.forecastMonthEnd(), month.forecastOverBudget(),
				month.recommendations()
					.stream()
					.map((recommendation) -> new Recommendation(recommendation.title(), recommendation.detail(),
							recommendation.estimatedMonthlySaving()))
					.toList());
	}

}
