package io.bella.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When the caller would like to come in: a day or a range of days, a time or a window of
 * the day. Any part may be {@code null}.
 *
 * @param date the day asked for
 * @param time the time asked for
 * @param windowFrom the start of the part of the day asked for
 * @param windowTo the end of the part of the day asked for (exclusive)
 * @param rangeFrom the first day of a range asked for
 * @param rangeTo the last day of a range asked for
 */
record When(LocalDate date, LocalTime time, LocalTime windowFrom, LocalTime windowTo, LocalDate rangeFrom,
		LocalDate rangeTo) {

	/** Nothing said about when yet. */
	static final When ANY = new When(null, null, null, null, null, null);

	boolean isSaid() {
		return this.date != null || this.time != null || this.windowFrom != null || this.windowTo != null
				|| this.rangeFrom != null || this.rangeTo != null;
	}

	When onDate(LocalDate date) {
		return new When(date, this.time, this.windowFrom, this.windowTo, null, null);
	}

	When between(LocalDate from, LocalDate to) {
		return new When(null, this.time, this.windowFrom, this.windowTo, from, to);
	}

	When at(LocalTime time) {
		return new When(this.date, time, null, null, this.rangeFrom, this.rangeTo);
	}

	When within(LocalTime from, LocalTime to) {
		return new When(this.date, null, from, to, this.rangeFrom, this.rangeTo);
	}

}
