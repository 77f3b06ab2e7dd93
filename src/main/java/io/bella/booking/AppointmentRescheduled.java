package io.bella.booking;

import java.time.Instant;

/**
 * An appointment moved to a new time (and possibly a new provider).
 *
 * @param appointmentId the appointment
 * @param patientId whose it is
 * @param providerId the provider now
 * @param previousProviderId the provider before
 * @param previousStartsAt the old start instant
 * @param startsAt the new start instant
 * @param endsAt the new end instant
 * @param source the channel it came through
 */
public record AppointmentRescheduled(long appointmentId, long patientId, long providerId, long previousProviderId,
		Instant previousStartsAt, Instant startsAt, Instant endsAt, BookingSource source) {
}
