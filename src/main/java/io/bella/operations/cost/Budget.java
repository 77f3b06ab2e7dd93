package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.bella.system.ClinicTimeZone;

import org.springframework.stereotype.Component;

/**
 * Where the month stands against the budget: the month in the clinic's time zone (UTC
 * before a clinic is set up), what it cost so far, the share of the budget used and the
 * linear forecast for its end.
 */
@Component
class Budget {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CostQueries queries;

	private final CostProperties properties;

	private final ClinicTimeZone clinicZone;

	Budget(CostQueries queries, CostProperties properties, ClinicTimeZone clinicZone) {
		this.queries = queries;
		this.properties = properties;
		this.clinicZone = clinicZone;
	}

	ZoneId zone() {
		return this.clinicZone.zone().orElse(ZoneOffset.UTC);
	}

	/** The month under way at an instant. */
	Status now(Instant now) {
		return of(BillingMonth.containing(now, zone()), now);
	}

	/** A month as it stood at an instant; a past month is complete. */
	Status of(BillingMonth month, Instant now) {
		BigDecimal spent = this.queries.total(month);
		double elapsed = month.elapsed(now);
		BigDecimal budget = this.properties.monthlyBudgetUsd();
		BigDecimal forecast = (elapsed >= 1) ? spent
				: (elapsed > 0) ? spent.divide(BigDecimal.valueOf(elapsed), 8, RoundingMode.HALF_UP) : BigDecimal.ZERO;
		double percent = spent.multiply(HUNDRED).divide(budget, 4, RoundingMode.HALF_UP).doubleValue();
		return new Status(month, spent, budget, percent, forecast, elapsed);
	}

	/**
	 * A month against the budget.
	 *
	 * @param month the month
	 * @param spent what it cost so far, USD
	 * @param budget the monthly budget, USD
	 * @param percent the share of the budget used, in percent
	 * @param forecast the cost at the month's end if it goes on as so far, USD
	 * @param elapsed how much of the month has passed, from 0 to 1
	 */
	record Status(BillingMonth month, BigDecimal spent, BigDecimal budget, double percent, BigDecimal forecast,
			double elapsed) {

		/** What a month-to-date figure comes to over the whole month. */
		BigDecimal projected(BigDecimal soFar) {
			if (this.elapsed >= 1 || this.elapsed <= 0) {
				return soFar;
			}
			return soFar.divide(BigDecimal.valueOf(this.elapsed), 8, RoundingMode.HALF_UP);
		}

	}

}
