package io.bella.dashboard.systempage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import io.bella.operations.CostBoard;

/**
 * The month's cost as the system page writes it: dollars to the cent, the share used to a
 * tenth of a percent; the exact amounts stay for the chart's table.
 *
 * @param month such as {@code 2026-03}
 * @param monthToDate what it cost so far, {@code $12.40}
 * @param budget the budget, {@code $50.00}
 * @param used the share used, {@code 24.8 %}
 * @param forecast the month's cost at its end at this rate
 * @param forecastOverBudget whether that is over the budget
 * @param recommendations what would save most
 * @param exact the month's figures as the API writes them
 */
record CostView(String month, String monthToDate, String budget, String used, String forecast,
		boolean forecastOverBudget, List<Recommendation> recommendations, CostBoard.CostMonth exact) {

	static CostView of(CostBoard.CostMonth month) {
		return new CostView(month.month(), dollars(month.monthToDate()), dollars(month.budget()),
				String.format(Locale.ENGLISH, "%.1f %%", month.percentUsed()), dollars(month.forecast()),
				month.forecastOverBudget(),
				month.recommendations()
					.stream()
					.map((recommendation) -> new Recommendation(recommendation.title(), recommendation.detail(),
							dollars(recommendation.monthlySaving())))
					.toList(),
				month);
	}

	/** {@code 12.4} → {@code $12.40}; what is not an amount is written as it is. */
	static String dollars(String amount) {
		if (amount == null || amount.isBlank()) {
			return "—";
		}
		try {
			return "$" + new BigDecimal(amount.strip()).setScale(2, RoundingMode.HALF_UP).toPlainString();
		}
		catch (NumberFormatException ex) {
			return amount;
		}
	}

	/**
	 * A way to spend less.
	 *
	 * @param title one line
	 * @param detail what to do and why
	 * @param monthlySaving the estimated saving a month, in dollars
	 */
	record Recommendation(String title, String detail, String monthlySaving) {
	}

}
