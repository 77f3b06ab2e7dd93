package io.bella.messaging;

import java.time.Instant;

/**
 * A text Twilio took, as what it cost reads it: no recipient and no words, only where it
 * went and how many segments it took.
 *
 * @param messageSid Twilio's message SID
 * @param effect what it was for ({@code appointment-booked:42})
 * @param appointmentId the appointment it was about, if any
 * @param country the recipient's country (ISO 3166 alpha-2), {@code null} when the number
 * does not say
 * @param segments the SMS segments it took, as counted before sending
 * @param unicode whether it was sent as UCS-2 (a character outside the GSM-7 alphabet)
 * @param sentAt when Twilio took it
 */
public record SentText(String messageSid, String effect, Long appointmentId, String country, int segments,
		boolean unicode, Instant sentAt) {
}
