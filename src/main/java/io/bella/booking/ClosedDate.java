package io.bella.booking;

import java.time.LocalDate;

/**
 * A date on which the whole clinic, or one provider, sees no patients.
 *
 * @param id the closed date's id
 * @param date the date
 * @param name what it is ("Christmas Day", "staff training")
 * @param providerId the provider who is away, or {@code null} when the clinic is closed
 */
public record ClosedDate(long id, LocalDate date, String name, Long providerId) {
}
