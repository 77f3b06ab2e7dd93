package io.bella.booking;

import java.time.Instant;

/**
 * A provider with a calendar whose busy times were not imported recently enough: nobody
 * can book them until they are.
 *
 * @param providerId the provider
 * @param providerName the provider's name
 * @param importedAt when their busy times were last imported, or {@code null} for never
 */
public record StaleCalendar(long providerId, String providerName, Instant importedAt) {
}
