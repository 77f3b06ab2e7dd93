package io.bella.operations.cost;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the month costs against the budget, per call and by component, the most expensive
 * calls, and what would save most.
 */
@RestController
@Tag(name = "Operations", description = "Circuit breakers, alerts and the service's health as operators see it")
class CostOptimizationController {

	private final CostReport report;

	private final Budget budget;

	private final Clock clock;

	CostOptimizationController(CostReport report, Budget budget, Clock clock) {
		this.report = report;
		this.budget = budget;
		this.clock = clock;
	}

	@GetMapping("/api/unified/cost-optimization")
	@Operation(summary = "Cost per call and budget",
			description = "The month (in the clinic's time zone) against BELLA_MONTHLY_BUDGET_USD: month to date, "
					+ "percent used, linear forecast, thresholds crossed, cost per call and per successful call, "
					+ "cost by component, the ten most expensive calls and recommendations with their estimated "
					+ "monthly saving. Money is a decimal string in USD; estimates are replaced by Twilio's prices "
					+ "as Twilio reports them.")
	CostOptimization costOptimization(
			@Parameter(description = "the month, YYYY-MM; the current month when absent") @RequestParam(
					required = false) String month) {
		Instant now = this.clock.instant();
		BillingMonth current = BillingMonth.containing(now, this.budget.zone());
		BillingMonth asked = (month != null && !month.isBlank()) ? BillingMonth.of(month(month), this.budget.zone())
				: current;
		if (asked.month().isAfter(current.month())) {
			throw new InvalidRequestException("month", "must not be after the current month");
		}
		return this.report.of(asked, now);
	}

	private static YearMonth month(String month) {
		try {
			YearMonth parsed = YearMonth.parse(month.strip());
			SupportedTimes.check("month", parsed.atDay(1));
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("month", "must be a month as YYYY-MM");
		}
	}

}
