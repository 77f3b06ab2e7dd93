package io.bella.operations;

import java.util.List;

/**
 * The month's cost for people: month to date against the budget, the forecast and the
 * recommendations, as {@code /api/unified/cost-optimization} tells them.
 */
public interface CostBoard {

	/** The current month's cost against the budget. */
	CostMonth costMonth();

	/**
	 * A month's cost; money is a decimal string in USD.
	 *
	 * @param month such as {@code 2026-03}
	 * @param monthToDate what it cost so far
	 * @param budget the monthly budget
	 * @param percentUsed the share of the budget used, in percent
	 * @param forecast the month's cost at its end at this rate
	 * @param forecastOverBudget whether that is over the budget
	 * @param recommendations what would save most
	 */
	record CostMonth(String month, String monthToDate, String budget, double percentUsed, String forecast,
			boolean forecastOverBudget, List<Recommendation> recommendations) {
	}

	/**
	 * A way to spend less.
	 *
	 * @param title one line
	 * @param detail what to do and why
	 * @param monthlySaving the estimated saving a month, USD
	 */
	record Recommendation(String title, String detail, String monthlySaving) {
	}

}
