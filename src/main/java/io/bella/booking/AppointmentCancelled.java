package io.bella.booking;

import java.time.Instant;

/**
 * An appointment was cancelled and its time released.
 *
 * @param appointmentId the appointment
 * @param patientId whose it was
 * @param providerId with whom
 * @param startsAt when it would have started
 * @param reason why, if given
 * @param source the channel it came through
 */
public record AppointmentCancelled(long appointmentId, long patientId, long providerId, Instant startsAt, String reason,
		BookingSource source) {
}
