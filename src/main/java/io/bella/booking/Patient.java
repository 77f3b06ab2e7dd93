package io.bella.booking;

import java.time.Instant;

/**
 * Someone who books appointments (the API calls them users).
 *
 * @param id the patient's id
 * @param name full name
 * @param phone E.164 phone number
 * @param email optional e-mail address
 * @param createdAt when the patient was registered
 * @param smsOptOut whether the patient's number opted out of texts (STOP): no text of any
 * kind is sent to it
 * @param smsOptOutAt when it opted out, {@code null} unless it did
 */
public record Patient(long id, String name, String phone, String email, Instant createdAt, boolean smsOptOut,
		Instant smsOptOutAt) {
}
