package io.bella.calendar;

import java.time.Instant;
import java.util.List;

/**
 * What waits in the outbox of writes to the providers' Google calendars, for those who
 * watch Bella (the {@code calendar-outbox-stale} alert).
 */
public interface PendingCalendarWrites {

	/**
	 * The writes pending since before a time, per provider.
	 * @param before pending since before this
	 * @return one line per provider that has such writes, the most first
	 */
	List<Backlog> pendingSince(Instant before);

	/**
	 * A provider's writes that wait.
	 *
	 * @param providerId the provider
	 * @param providerName the provider's name
	 * @param pending how many appointments wait to be written
	 * @param oldest since when the oldest waits
	 * @param lastError what Google last answered, or {@code null}
	 */
	record Backlog(long providerId, String providerName, long pending, Instant oldest, String lastError) {
	}

}
