package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

import io.bella.system.Easter;

/**
 * The general (statutory) holidays of a Canadian province or territory under its
 * employment-standards law, with the weekday on which a weekend holiday is observed.
 * <p>
 * Only the days the law makes general holidays for provincially regulated employers are
 * listed: optional and government-only days (Ontario's Civic Holiday, Alberta's Heritage
 * Day and Boxing Day, Yukon's Heritage Day, Easter Monday, Newfoundland's St. Patrick's
 * Day …) are left to the clinic. The rules are those in force since 2024 (Manitoba's
 * National Day for Truth and Reconciliation being the latest), so earlier years are
 * refused rather than answered wrongly.
 */
final class StatutoryHolidays {

	static final int FIRST_YEAR = 2024;

	private static final Holiday NEW_YEARS_DAY = fixed("New Year's Day", Month.JANUARY, 1);

	private static final Holiday GOOD_FRIDAY = new Holiday("Good Friday", (year) -> easterSunday(year).minusDays(2),
			Observed.NEVER);

	private static final Holiday VICTORIA_DAY = new Holiday("Victoria Day", StatutoryHolidays::mondayBeforeMay25,
			Observed.NEVER);

	private static final Holiday CANADA_DAY = fixed("Canada Day", Month.JULY, 1);

	private static final Holiday LABOUR_DAY = monday("Labour Day", Month.SEPTEMBER, 1);

	private static final Holiday TRUTH_AND_RECONCILIATION = fixed("National Day for Truth and Reconciliation",
			Month.SEPTEMBER, 30);

	private static final Holiday THANKSGIVING = monday("Thanksgiving", Month.OCTOBER, 2);

	private static final Holiday REMEMBRANCE_DAY = fixed("Remembrance Day", Month.NOVEMBER, 11);

	private static final Holiday CHRISTMAS_DAY = fixed("Christmas Day", Month.DECEMBER, 25);

	private static final Holiday BOXING_DAY = fixed("Boxing Day", Month.DECEMBER, 26);

	private static final Holiday INDIGENOUS_PEOPLES_DAY = fixed("National Indigenous Peoples Day", Month.JUNE, 21);

	private static final Map<String, StatutoryHolidays> JURISDICTIONS = jurisdictions();

	private final String code;

	private final List<Holiday> holidays;

	private StatutoryHolidays(String code, Holiday... holidays) {
		this.code = code;
		this.holidays = List.of(holidays);
	}

	/**
	 * The holidays of a jurisdiction by its ISO 3166-2 code, such as {@code CA-ON}, in
	 * any case.
	 * @throws IllegalArgumentException if the code is none of {@link #codes()}
	 */
	static StatutoryHolidays of(String code) {
		StatutoryHolidays holidays = (code != null) ? JURISDICTIONS.get(code.strip().toUpperCase(Locale.ROOT)) : null;
		if (holidays == null) {
			throw new IllegalArgumentException(
					"Unknown holidays '" + code + "'; expected one of " + String.join(", ", codes()));
		}
		return holidays;
	}

	/**
	 * The codes {@link #of(String)} accepts: the ten provinces and three territories.
	 */
	static List<String> codes() {
		return List.copyOf(JURISDICTIONS.keySet());
	}

	String code() {
		return this.code;
	}

	/**
	 * The dates the holidays close a clinic in that year, in order, with the holiday's
	 * name; a weekend holiday adds the weekday it is observed on.
	 * @throws IllegalArgumentException for a year before {@link #FIRST_YEAR}
	 */
	SortedMap<LocalDate, String> closedDates(int year) {
		if (year < FIRST_YEAR) {
			throw new IllegalArgumentException("Statutory holidays are known from " + FIRST_YEAR + " on, not " + year);
		}
		SortedMap<LocalDate, String> dates = new TreeMap<>();
		for (Holiday holiday : this.holidays) {
			dates.put(holiday.date().apply(year), holiday.name());
		}
		// Observed days come second so that one never lands on another holiday's own date
		for (Holiday holiday : this.holidays) {
			LocalDate date = holiday.date().apply(year);
			if (holiday.observed().movesFrom(date.getDayOfWeek())) {
				LocalDate observed = date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
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
		return Easter.sunday(year);
	}

	// The lists follow each jurisdiction's employment-standards act; docs/booking.md has
	// them as a table, with the days deliberately left out.
	private static Map<String, StatutoryHolidays> jurisdictions() {
		Holiday familyDay = monday("Family Day", Month.FEBRUARY, 3);
		Holiday civicHoliday = monday("Civic Holiday", Month.AUGUST, 1);
		Map<String, StatutoryHolidays> jurisdictions = new LinkedHashMap<>();
		for (StatutoryHolidays holidays : List.of(
				new StatutoryHolidays("CA-AB", NEW_YEARS_DAY, familyDay, GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY,
						LABOUR_DAY, THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-BC", NEW_YEARS_DAY, familyDay, GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY,
						monday("British Columbia Day", Month.AUGUST, 1), LABOUR_DAY, TRUTH_AND_RECONCILIATION,
						THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-MB", NEW_YEARS_DAY, monday("Louis Riel Day", Month.FEBRUARY, 3), GOOD_FRIDAY,
						VICTORIA_DAY, CANADA_DAY, LABOUR_DAY, TRUTH_AND_RECONCILIATION, THANKSGIVING, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-NB", NEW_YEARS_DAY, familyDay, GOOD_FRIDAY, CANADA_DAY,
						monday("New Brunswick Day", Month.AUGUST, 1), LABOUR_DAY, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-NL", NEW_YEARS_DAY, GOOD_FRIDAY, fixed("Memorial Day", Month.JULY, 1),
						LABOUR_DAY, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-NS", NEW_YEARS_DAY, monday("Heritage Day", Month.FEBRUARY, 3), GOOD_FRIDAY,
						CANADA_DAY, LABOUR_DAY, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-NT", NEW_YEARS_DAY, GOOD_FRIDAY, VICTORIA_DAY, INDIGENOUS_PEOPLES_DAY,
						CANADA_DAY, civicHoliday, LABOUR_DAY, TRUTH_AND_RECONCILIATION, THANKSGIVING, REMEMBRANCE_DAY,
						CHRISTMAS_DAY),
				new StatutoryHolidays("CA-NU", NEW_YEARS_DAY, GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY,
						fixed("Nunavut Day", Month.JULY, 9), civicHoliday, LABOUR_DAY, TRUTH_AND_RECONCILIATION,
						THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-ON", NEW_YEARS_DAY, familyDay, GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY,
						LABOUR_DAY, THANKSGIVING, CHRISTMAS_DAY, BOXING_DAY),
				new StatutoryHolidays("CA-PE", NEW_YEARS_DAY, monday("Islander Day", Month.FEBRUARY, 3), GOOD_FRIDAY,
						CANADA_DAY, LABOUR_DAY, TRUTH_AND_RECONCILIATION, REMEMBRANCE_DAY, CHRISTMAS_DAY),
				// Quebec's law moves only a Sunday June 24 or July 1 to the Monday; Good
				// Friday is the employer's choice over Easter Monday
				new StatutoryHolidays("CA-QC", NEW_YEARS_DAY, GOOD_FRIDAY,
						new Holiday("National Patriots' Day", StatutoryHolidays::mondayBeforeMay25, Observed.NEVER),
						new Holiday("Fête nationale", fixedDate(Month.JUNE, 24), Observed.FROM_SUNDAY),
						new Holiday("Canada Day", fixedDate(Month.JULY, 1), Observed.FROM_SUNDAY), LABOUR_DAY,
						THANKSGIVING, CHRISTMAS_DAY),
				new StatutoryHolidays("CA-SK", NEW_YEARS_DAY, familyDay, GOOD_FRIDAY, VICTORIA_DAY, CANADA_DAY,
						monday("Saskatchewan Day", Month.AUGUST, 1), LABOUR_DAY, THANKSGIVING, REMEMBRANCE_DAY,
						CHRISTMAS_DAY),
				new StatutoryHolidays("CA-YT", NEW_YEARS_DAY, GOOD_FRIDAY, VICTORIA_DAY, INDIGENOUS_PEOPLES_DAY,
						CANADA_DAY, monday("Discovery Day", Month.AUGUST, 3), LABOUR_DAY, TRUTH_AND_RECONCILIATION,
						THANKSGIVING, REMEMBRANCE_DAY, CHRISTMAS_DAY))) {
			jurisdictions.put(holidays.code(), holidays);
		}
		return jurisdictions;
	}

	private static Holiday fixed(String name, Month month, int day) {
		return new Holiday(name, fixedDate(month, day), Observed.FROM_WEEKEND);
	}

	private static IntFunction<LocalDate> fixedDate(Month month, int day) {
		return (year) -> LocalDate.of(year, month, day);
	}

	private static Holiday monday(String name, Month month, int n) {
		return new Holiday(name,
				(year) -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY)),
				Observed.NEVER);
	}

	private static LocalDate mondayBeforeMay25(int year) {
		return LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private record Holiday(String name, IntFunction<LocalDate> date, Observed observed) {
	}

	/**
	 * Which weekend days move a holiday to the next weekday that is no holiday itself.
	 */
	private enum Observed {

		NEVER, FROM_SUNDAY, FROM_WEEKEND;

		boolean movesFrom(DayOfWeek day) {
			return switch (this) {
				case NEVER -> false;
				case FROM_SUNDAY -> day == DayOfWeek.SUNDAY;
				case FROM_WEEKEND -> day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
			};
		}

	}

}
