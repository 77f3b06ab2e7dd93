package io.bella.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's hours on one date, instead of their weekly hours.
 *
 * @param id the exception's id
 * @param providerId the provider
 * @param date the date
 * @param hours the working time that day; empty for a day off
 * @param note why ("conference", "evening clinic")
 */
public record ScheduleException(long id, long providerId, LocalDate date, List<TimeRange> hours, String note) {
}
