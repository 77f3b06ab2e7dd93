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
 * @param deliveryStatus what Twilio last reported of it ({@code queued}, {@code sent},
 * {@code delivered}, {@code undelivered}, {@code failed}, ...), {@code opted_out} when it
 * was not sent because the number opted out, or {@code rejected} when Twilio refused it
 * for good; {@code null} when nothing was reported
 * @param errorCode Twilio's error code, when it failed
 */
public record TextMessage(String recipient, String body, String status, Instant at, Long appointmentId,
		String deliveryStatus, String errorCode) {
}
