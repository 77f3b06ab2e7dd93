package io.bella.operations.cost;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar month in the clinic's time zone, as the budget counts it: from midnight on
 * the first to midnight on the first of the next month, whatever daylight-saving time
 * does in between.
 *
 * @param month the month
 * @param zone the clinic's time zone (UTC before a clinic is set up)
 * @param start its first instant
 * @param end the first instant of the next month
 */
record BillingMonth(YearMonth month, ZoneId zone, Instant start, Instant end) {

	static BillingMonth of(YearMonth month, ZoneId zone) {
		return new BillingMonth(month, zone, month.atDay(1).atStartOfDay(zone).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
	}

	static BillingMonth containing(Instant instant, ZoneId zone) {
		return of(YearMonth.from(instant.atZone(zone)), zone);
	}

	/** {@code 2026-03}. */
	String label() {
		return this.month.toString();
	}

	/** {@code March 2026}, as a person reads it. */
	String readable() {
		return this.month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + this.month.getYear();
	}

	Duration length() {
		return Duration.between(this.start, this.end);
	}

	/** How much of the month has passed at an instant, from 0 to 1. */
	double elapsed(Instant now) {
		if (!now.isAfter(this.start)) {
			return 0;
		}
		if (!now.isBefore(this.end)) {
			return 1;
		}
		return (double) Duration.between(this.start, now).toMillis() / length().toMillis();
	}

}
