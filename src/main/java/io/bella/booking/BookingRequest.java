package io.bella.booking;

import java.time.Instant;

/**
 * A request to book a visit.
 *
 * @param patientId who comes
 * @param startsAt when
 * @param durationMin how long, when no appointment type is given
 * @param appointmentTypeId the kind of visit (gives duration and buffers)
 * @param providerId with whom; {@code null} picks a free provider
 * @param notes free text
 * @param source the channel
 */
public record BookingRequest(long patientId, Instant startsAt, Integer durationMin, Long appointmentTypeId,
		Long providerId, String notes, BookingSource source) {
}
