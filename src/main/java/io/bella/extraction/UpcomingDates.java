package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar arithmetic of a future-biased reading: a weekday, a day of the month or a
 * month and day said without a year is the next one to come.
 */
final class UpcomingDates {

	private UpcomingDates() {
	}

	/** The next such weekday after today, never today. */
	static LocalDate nextStrict(LocalDate today, DayOfWeek dow) {
		return today.with(TemporalAdjusters.next(dow));
	}

	static LocalDate nextMonday(LocalDate today) {
		return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	/** That weekday of next week, the week starting next Monday. */
	static LocalDate nextWeek(LocalDate today, DayOfWeek dow) {
		return nextMonday(today).plusDays(dow.getValue() - 1L);
	}

	/** "the 31st": this month's if still to come, else the next month that has one. */
	static LocalDate dayOfMonth(LocalDate today, int day) {
		YearMonth ym = YearMonth.from(today);
		for (int k = 0; k < 14; k++) {
			YearMonth m = ym.plusMonths(k);
			if (day <= m.lengthOfMonth()) {
				LocalDate d = m.atDay(day);
				if (!d.isBefore(today)) {
					return d;
				}
			}
		}
		return null;
	}

	/**
	 * "March 3rd": in the year said, else this year's if still to come, else next year's.
	 */
	static LocalDate monthDay(LocalDate today, int month, int day, int year) {
		if (year > 0) {
			YearMonth ym = YearMonth.of(year, month);
			return (day <= ym.lengthOfMonth()) ? ym.atDay(day) : null;
		}
		// this year or next: a February 29th four years away is not what anyone meant
		for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
			YearMonth ym = YearMonth.of(y, month);
			if (day <= ym.lengthOfMonth()) {
				LocalDate d = ym.atDay(day);
				if (!d.isBefore(today)) {
					return d;
				}
			}
		}
		return null;
	}

}
