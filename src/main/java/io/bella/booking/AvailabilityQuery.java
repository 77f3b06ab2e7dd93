package io.bella.booking;

import java.time.LocalDate;

/**
 * Which free slots to look for.
 *
 * @param from first date (in the clinic's zone)
 * @param to last date, inclusive; {@code null} means the same as {@code from}
 * @param appointmentTypeId the kind of visit (gives duration and buffers)
 * @param durationMin a duration, when no appointment type is given
 * @param providerId one provider, or {@code null} for any
 */
public record AvailabilityQuery(LocalDate from, LocalDate to, Long appointmentTypeId, Integer durationMin,
		Long providerId) {
}
