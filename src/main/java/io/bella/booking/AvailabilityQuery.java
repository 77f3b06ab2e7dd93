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
 * @param ignoringAppointmentId an appointment whose time counts as free (the one being
 * moved), or {@code null}
 */
public record AvailabilityQuery(LocalDate from, LocalDate to, Long appointmentTypeId, Integer durationMin,
		Long providerId, Long ignoringAppointmentId) {

	public AvailabilityQuery(LocalDate from, LocalDate to, Long appointmentTypeId, Integer durationMin,
			Long providerId) {
		this(from, to, appointmentTypeId, durationMin, providerId, null);
	}

}
