package io.bella.dashboard.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A start time as a form gives it: a date and a time of day in the clinic's time zone,
 * and optionally a provider. Read leniently; what cannot be read is named, field by
 * field, in plain words.
 *
 * @param date the date, {@code 2026-03-02}
 * @param time the time of day, {@code 09:30}
 * @param provider a provider's id, or empty or {@code any} for none
 */
record SlotChoice(String date, String time, String provider) {

	/**
	 * The start instant, when the date and time can be read; a local time that a
	 * daylight-saving change skips moves forward by the gap.
	 */
	Optional<Instant> start(ZoneId zone) {
		Optional<LocalTime> time = timeOfDay();
		return day().flatMap((day) -> time.map((at) -> day.atTime(at).atZone(zone).toInstant()));
	}

	/**
	 * The date, when it can be read.
	 */
	Optional<LocalDate> day() {
		try {
			return Optional.of(LocalDate.parse(this.date.strip())).filter(SlotChoice::inCalendar);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The chosen provider's id, or {@code null} for any provider (or one that cannot be
	 * read, which {@link #check} names).
	 */
	Long providerId() {
		return ids(this.provider);
	}

	/**
	 * Adds what cannot be read to {@code problems}, keyed by the field.
	 */
	void check(Map<String, String> problems) {
		if (day().isEmpty()) {
			problems.put("date", "Enter the date like 2026-03-02.");
		}
		if (timeOfDay().isEmpty()) {
			problems.put("time", "Enter the time of day like 09:30 (24-hour clock).");
		}
		if (hasText(this.provider) && !"any".equalsIgnoreCase(this.provider.strip()) && providerId() == null) {
			problems.put("provider", "Choose a provider from the list.");
		}
	}

	/**
	 * An id from a form field: {@code null} when empty, {@code any}, or not a positive
	 * number.
	 */
	static Long ids(String text) {
		if (!hasText(text)) {
			return null;
		}
		try {
			long id = Long.parseLong(text.strip());
			return (id > 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether a date lies in the years a clinic's calendar can use (far-off years would
	 * overflow the arithmetic around them).
	 */
	static boolean inCalendar(LocalDate date) {
		return date.getYear() >= 1900 && date.getYear() <= 2999;
	}

	static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private Optional<LocalTime> timeOfDay() {
		try {
			return Optional.of(LocalTime.parse(this.time.strip()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
