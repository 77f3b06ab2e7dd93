package io.bella.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The structured reading of one utterance. Anything the caller did not say is
 * {@code null}.
 *
 * @param intent what the caller wants
 * @param date the resolved calendar date in the clinic's zone
 * @param time the wall-clock time, 24 h
 * @param startsAt date and time with the zone's offset on that date, when both are known
 * @param timeWindow a part of the day or a range of times ("afternoon", "after 3")
 * @param dateRange a range of dates ("next week")
 * @param durationMin a duration the caller asked for, in minutes
 * @param name the patient's name
 * @param phone the phone number in E.164
 * @param service the appointment-type word (cleaning, checkup, emergency, ...)
 * @param confidence 0 to 1, how sure the engine is of this reading
 * @param normalizedText the transcript after cleanup (fillers removed, numbers
 * normalized)
 */
public record Extraction(Intent intent, LocalDate date, LocalTime time, OffsetDateTime startsAt, TimeWindow timeWindow,
		DateRange dateRange, Integer durationMin, String name, String phone, String service, double confidence,
		String normalizedText) {

	/**
	 * A window of wall-clock times; either end may be open ({@code null}).
	 */
	public record TimeWindow(LocalTime from, LocalTime to) {
	}

	/**
	 * An inclusive range of dates.
	 */
	public record DateRange(LocalDate from, LocalDate to) {
	}

}
