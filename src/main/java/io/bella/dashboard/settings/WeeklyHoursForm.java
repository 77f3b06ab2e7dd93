package io.bella.dashboard.settings;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.booking.TimeRange;
import io.bella.system.InvalidRequestException;

/**
 * A provider's week in the settings form: a row per weekday, Monday first, each with its
 * opening, closing and breaks; a day left blank is a day off.
 *
 * @param days the rows, Monday first
 * @param breaks how many breaks each row has room for
 */
record WeeklyHoursForm(List<Day> days, int breaks) {

	/** Room for a morning and an afternoon break, or more where the hours have them. */
	static final int LEAST_BREAKS = 2;

	/**
	 * The week as saved.
	 */
	static WeeklyHoursForm of(Map<DayOfWeek, List<TimeRange>> hours) {
		int breaks = LEAST_BREAKS;
		for (List<TimeRange> day : hours.values()) {
			breaks = Math.max(breaks, day.size() - 1);
		}
		List<Day> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new Day(day, DayHours.of(hours.getOrDefault(day, List.of()), breaks)));
		}
		return new WeeklyHoursForm(days, breaks);
	}

	/**
	 * The week as written, its fields named {@code monday.open}, {@code monday.close},
	 * {@code monday.break0.start} …, with {@code breaks} saying how many breaks a row
	 * has.
	 */
	static WeeklyHoursForm parse(Map<String, String> form) {
		int breaks;
		try {
			breaks = Math.min(Math.max(Integer.parseInt(form.getOrDefault("breaks", "")), 0), 24);
		}
		catch (NumberFormatException ex) {
			breaks = LEAST_BREAKS;
		}
		List<Day> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new Day(day, DayHours.parse(form, Day.field(day) + ".", breaks)));
		}
		return new WeeklyHoursForm(days, breaks);
	}

	/**
	 * Every weekday's working intervals.
	 * @throws InvalidRequestException naming each day whose times cannot be read
	 */
	Map<DayOfWeek, List<TimeRange>> hours() {
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		Map<String, String> errors = new LinkedHashMap<>();
		for (Day day : this.days) {
			try {
				hours.put(day.day(), day.hours().ranges(day.field()));
			}
			catch (InvalidRequestException ex) {
				errors.putAll(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return hours;
	}

	/**
	 * The week in a line, for the audit log and the list ("Mon 09:00–12:00 13:00–17:00;
	 * Tue …"); days off are left out.
	 */
	static String describe(Map<DayOfWeek, List<TimeRange>> hours) {
		List<String> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TimeRange> ranges = hours.getOrDefault(day, List.of());
			if (!ranges.isEmpty()) {
				days.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + describe(ranges));
			}
		}
		return days.isEmpty() ? "no hours" : String.join("; ", days);
	}

	/**
	 * A day's intervals in a line ("09:00–12:00 13:00–17:00"; "day off" for none).
	 */
	static String describe(List<TimeRange> ranges) {
		if (ranges.isEmpty()) {
			return "day off";
		}
		List<String> written = new ArrayList<>();
		ranges.forEach((range) -> written.add(range.start() + "–" + range.end()));
		return String.join(" ", written);
	}

	/**
	 * One weekday's row.
	 *
	 * @param day the weekday
	 * @param field its form fields' prefix ({@code monday})
	 * @param label its name ({@code Monday})
	 * @param hours its hours as written
	 */
	record Day(DayOfWeek day, String field, String label, DayHours hours) {

		Day(DayOfWeek day, DayHours hours) {
			this(day, field(day), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), hours);
		}

		static String field(DayOfWeek day) {
			return day.name().toLowerCase(Locale.ROOT);
		}

	}

}
