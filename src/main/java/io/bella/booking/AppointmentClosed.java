package io.bella.booking;

import java.time.Instant;

/**
 * A booked appointment ended: the patient came ({@link AppointmentStatus#COMPLETED}) or
 * did not ({@link AppointmentStatus#NO_SHOW}).
 *
 * @param appointmentId the appointment
 * @param patientId whose it was
 * @param providerId with whom
 * @param startsAt when it started
 * @param outcome completed or no-show
 * @param source the channel it was recorded through
 */
public record AppointmentClosed(long appointmentId, long patientId, long providerId, Instant startsAt,
		AppointmentStatus outcome, BookingSource source) {
}
