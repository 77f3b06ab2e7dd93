package io.bella.booking;

import java.time.Instant;

import io.bella.system.Paging;

/**
 * Which appointments to list; {@code null} means "any".
 *
 * @param from appointments starting at or after
 * @param to appointments starting before
 * @param providerId one provider's
 * @param patientId one patient's
 * @param status only in this state
 * @param paging which page of them
 */
public record AppointmentQuery(Instant from, Instant to, Long providerId, Long patientId, AppointmentStatus status,
		Paging paging) {
}
