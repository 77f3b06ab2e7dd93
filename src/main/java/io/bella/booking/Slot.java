package io.bella.booking;

import java.time.Instant;

/**
 * A free time a provider could see a patient.
 *
 * @param providerId the provider
 * @param startsAt start instant
 * @param endsAt end instant (exclusive)
 */
public record Slot(long providerId, Instant startsAt, Instant endsAt) {
}
