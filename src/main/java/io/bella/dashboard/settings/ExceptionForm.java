package io.bella.dashboard.settings;

import java.util.List;
import java.util.Map;

import io.bella.booking.ScheduleException;

/**
 * A provider's hours on one date as written in the settings form: the date, the hours
 * with a break (blank for a day off) and a note.
 *
 * @param date the date as written
 * @param hours the hours as written
 * @param note why ("conference")
 */
record ExceptionForm(String date, DayHours hours, String note) {

	static final ExceptionForm EMPTY = new ExceptionForm("", DayHours.of(List.of(), 1), "");

	/**
	 * The form's fields: {@code date}, {@code open}, {@code close}, {@code break0.start},
	 * {@code break0.end} and {@code note}.
	 */
	static ExceptionForm parse(Map<String, String> form) {
		return new ExceptionForm(form.getOrDefault("date", ""), DayHours.parse(form, "", 1),
				form.getOrDefault("note", ""));
	}

	/**
	 * A saved exception in the provider's list.
	 *
	 * @param id the exception's id
	 * @param date the date
	 * @param hours the hours in a line, or "day off"
	 * @param note why, or blank
	 */
	record Row(long id, String date, String hours, String note) {

		static Row of(ScheduleException exception) {
			return new Row(exception.id(), exception.date().toString(), WeeklyHoursForm.describe(exception.hours()),
					(exception.note() != null) ? exception.note() : "");
		}

	}

}
