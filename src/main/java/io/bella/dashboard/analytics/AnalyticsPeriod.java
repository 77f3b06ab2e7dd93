package io.bella.dashboard.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The period the analytics page shows: whole local days from {@code from} to {@code to},
 * both included, the last 7 days up to today when not chosen.
 *
 * @param from the first day
 * @param to the last day
 * @param problem what was wrong with the dates asked for (they were replaced by the
 * default), or {@code null}
 */
record AnalyticsPeriod(LocalDate from, LocalDate to, String problem) {

	static final int DEFAULT_DAYS = 7;

	static final int LONGEST_DAYS = 366;

	/**
	 * The period asked for, or the default with the reason when it cannot be shown.
	 */
	static AnalyticsPeriod parse(String from, String to, LocalDate today) {
		AnalyticsPeriod fallback = new AnalyticsPeriod(today.minusDays(DEFAULT_DAYS - 1), today, null);
		if (blank(from) && blank(to)) {
			return fallback;
		}
		LocalDate last;
		LocalDate first;
		try {
			last = blank(to) ? today : LocalDate.parse(to.strip());
			first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback.because("Enter dates as year-month-day, such as 2026-03-02.");
		}
		if (last.isBefore(first)) {
			return fallback.because("The last day must not be before the first day.");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > LONGEST_DAYS) {
			return fallback.because("Choose a period of at most " + LONGEST_DAYS + " days.");
		}
		if (first.getYear() < 2000 || last.getYear() > 2999) {
			return fallback.because("Choose dates between the years 2000 and 2999.");
		}
		return new AnalyticsPeriod(first, last, null);
	}

	long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The period of equal length just before this one. */
	AnalyticsPeriod previous() {
		return new AnalyticsPeriod(this.from.minusDays(days()), this.from.minusDays(1), null);
	}

	private AnalyticsPeriod because(String reason) {
		return new AnalyticsPeriod(this.from, this.to, reason);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
