package io.bella.operations.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A headline figure of the period against the same figure of the period of equal length
 * just before it.
 *
 * @param value this period's
 * @param previous the previous period's
 * @param change value − previous, {@code null} when either is unknown
 * @param changePercent the change in percent of previous, {@code null} when previous is
 * zero or unknown
 */
@Schema(name = "BusinessTrend")
record Trend(Number value, Number previous, Number change, Double changePercent) {

	static Trend of(long value, long previous) {
		return new Trend(value, previous, value - previous, percent(value - previous, previous));
	}

	static Trend of(Long value, Long previous) {
		if (value == null || previous == null) {
			return new Trend(value, previous, null, null);
		}
		return of(value.longValue(), previous.longValue());
	}

	/** Rates between 0 and 1, rounded to four places; {@code null} when undefined. */
	static Trend ofRate(Double value, Double previous) {
		Double now = round(value);
		Double before = round(previous);
		if (now == null || before == null) {
			return new Trend(now, before, null, null);
		}
		return new Trend(now, before, round(now - before), percent(now - before, before));
	}

	static Double rate(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

	private static Double percent(double change, double previous) {
		return (previous == 0) ? null : round(change * 100 / previous, 1);
	}

	static Double round(Double value) {
		return (value != null) ? round(value, 4) : null;
	}

	private static double round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}

}
