package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

import io.bella.system.Easter;

/**
 * The Canadian statutory and common holidays a caller names ("Boxing Day",
 * "Thanksgiving", "Victoria Day"), with the date each falls on in a given year.
 */
enum CanadianHoliday {

	NEW_YEARS_DAY, NEW_YEARS_EVE, FAMILY_DAY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, VICTORIA_DAY,
	SAINT_JEAN_BAPTISTE, CANADA_DAY, CIVIC_HOLIDAY, LABOUR_DAY, TRUTH_AND_RECONCILIATION, THANKSGIVING, REMEMBRANCE_DAY,
	CHRISTMAS_EVE, CHRISTMAS_DAY, BOXING_DAY;

	/** The day this holiday falls on in {@code year}. */
	LocalDate in(int year) {
		return switch (this) {
			case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
			case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
			// third Monday of February (Family Day, Louis Riel Day, Islander Day)
			case FAMILY_DAY -> nthMonday(year, Month.FEBRUARY, 3);
			case GOOD_FRIDAY -> easter(year).minusDays(2);
			case EASTER_SUNDAY -> easter(year);
			case EASTER_MONDAY -> easter(year).plusDays(1);
			// the last Monday before 25 May
			case VICTORIA_DAY -> LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
			case SAINT_JEAN_BAPTISTE -> LocalDate.of(year, 6, 24);
			case CANADA_DAY -> LocalDate.of(year, 7, 1);
			case CIVIC_HOLIDAY -> nthMonday(year, Month.AUGUST, 1);
			case LABOUR_DAY -> nthMonday(year, Month.SEPTEMBER, 1);
			case TRUTH_AND_RECONCILIATION -> LocalDate.of(year, 9, 30);
			case THANKSGIVING -> nthMonday(year, Month.OCTOBER, 2);
			case REMEMBRANCE_DAY -> LocalDate.of(year, 11, 11);
			case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
			case CHRISTMAS_DAY -> LocalDate.of(year, 12, 25);
			case BOXING_DAY -> LocalDate.of(year, 12, 26);
		};
	}

	private static LocalDate nthMonday(int year, Month month, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
	}

	static LocalDate easter(int year) {
		return Easter.sunday(year);
	}

}
