package io.bella.booking;

import java.time.Instant;

/**
 * An appointment was booked; published when the booking commits.
 *
 * @param appointmentId the appointment
 * @param patientId who booked
 * @param providerId with whom
 * @param startsAt start instant
 * @param endsAt end instant
 * @param source the channel it came through
 */
public record AppointmentBooked(long appointmentId, long patientId, long providerId, Instant startsAt, Instant endsAt,
		BookingSource source) {
}
