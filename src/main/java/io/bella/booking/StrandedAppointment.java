package io.bella.booking;

import java.time.Instant;

/**
 * A booked appointment that a set-up change leaves outside what the clinic offers.
 *
 * @param appointmentId the appointment
 * @param providerId its provider
 * @param startsAt when it starts
 * @param reason why it no longer fits ("outside the provider's hours")
 */
public record StrandedAppointment(long appointmentId, long providerId, Instant startsAt, String reason) {
}
