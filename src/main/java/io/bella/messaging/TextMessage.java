package io.bella.messaging;

import java.time.Instant;

/**
 * A text to a patient as staff see it.
 *
 * @param recipient the number it went to, E.164
 * @param body what it said
 * @param status {@code sent} (Twilio took it), {@code failed}, or {@code claimed} (being
 * sent, or not known)
 * @param at when its state last changed
 * @param appointmentId the appointment it was about, when it was about one
 */
public record TextMessage(String recipient, String body, String status, Instant at, Long appointmentId) {
}
