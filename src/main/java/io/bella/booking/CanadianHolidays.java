package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canada's federal statutory holidays and Ontario's Family Day and Civic Holiday, with
 * the weekday on which a weekend holiday is observed.
 */
final class CanadianHolidays {

	private CanadianHolidays() {
	}

	/**
	 * The dates a clinic is closed in that year, with the holiday's name; weekend
	 * holidays add their observed weekday.
	 */
	static Map<LocalDate, String> closedDates(int year) {
		Map<LocalDate, String> dates = new LinkedHashMap<>();
		LocalDate easter = easterSunday(year);
		List<Holiday> holidays = new ArrayList<>(List.of(new Holiday("New Year's Day", LocalDate.of(year, 1, 1), true),
				new Holiday("Family Day", nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), false),
				new Holiday("Good Friday", easter.minusDays(2), false),
				new Holiday("Victoria Day",
						LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
						false),
				new Holiday("Canada Day", LocalDate.of(year, 7, 1), true),
				new Holiday("Civic Holiday", nth(year, Month.AUGUST, DayOfWeek.MONDAY, 1), false),
				new Holiday("Labour Day", nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), false),
				new Holiday("National Day for Truth and Reconciliation", LocalDate.of(year, 9, 30), true),
				new Holiday("Thanksgiving", nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), false),
				new Holiday("Remembrance Day", LocalDate.of(year, 11, 11), true),
				new Holiday("Christmas Day", LocalDate.of(year, 12, 25), true),
				new Holiday("Boxing Day", LocalDate.of(year, 12, 26), true)));
		for (Holiday holiday : holidays) {
			dates.put(holiday.date(), holiday.name());
			if (holiday.observedOnWeekday() && isWeekend(holiday.date())) {
				LocalDate observed = holiday.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
				while (dates.containsKey(observed)) {
					observed = observed.plusDays(1);
				}
				dates.put(observed, holiday.name() + " (observed)");
			}
		}
		return dates;
	}

	/**
	 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
	 */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private record Holiday(String name, LocalDate date, boolean observedOnWeekday) {
	}

}
