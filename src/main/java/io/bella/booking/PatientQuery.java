package io.bella.booking;

import java.time.Instant;

/**
 * Which patients to list or export; {@code null} means "any".
 *
 * @param text a phone number in any common format (the patients with that number), or
 * part of a name (ignoring case, accents and punctuation)
 * @param from patients registered at or after
 * @param to patients registered before
 */
public record PatientQuery(String text, Instant from, Instant to) {
}
