package io.bella.messaging;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The hours of the clinic's day in which no reminder is sent, such as
 * {@code 21:00-08:00}: from the first time (inclusive) to the second (exclusive),
 * wrapping past midnight when the second is earlier.
 *
 * @param from when quiet hours begin, or {@code null} for none
 * @param to when they end, or {@code null} for none
 */
record QuietHours(LocalTime from, LocalTime to) {

	static final QuietHours NONE = new QuietHours(null, null);

	/**
	 * Reads quiet hours as written in the setting.
	 * @param text {@code HH:mm-HH:mm}, or empty for none
	 * @throws IllegalArgumentException when it is neither
	 */
	static QuietHours parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		String[] parts = text.strip().split("-");
		try {
			if (parts.length == 2) {
				LocalTime from = LocalTime.parse(parts[0].strip());
				LocalTime to = LocalTime.parse(parts[1].strip());
				if (!from.equals(to)) {
					return new QuietHours(from, to);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// answered below, with the setting's name
		}
		throw new IllegalArgumentException("bella.reminders.quiet-hours must be two different times like "
				+ "21:00-08:00, or empty for none, got '" + text + "'");
	}

	boolean none() {
		return this.from == null;
	}

	boolean contains(LocalTime time) {
		if (none()) {
			return false;
		}
		if (this.from.isBefore(this.to)) {
			return !time.isBefore(this.from) && time.isBefore(this.to);
		}
		return !time.isBefore(this.from) || time.isBefore(this.to);
	}

	@Override
	public String toString() {
		return none() ? "none" : this.from + "-" + this.to;
	}

}
