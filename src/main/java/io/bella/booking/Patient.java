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
 */
public record Patient(long id, String name, String phone, String email, Instant createdAt) {
}
