package io.bella.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * The last import of a provider's busy times: when it ran and the window it read.
 *
 * @param providerId the provider
 * @param importedAt when the busy times were read
 * @param coversFrom the start of the window read
 * @param coversTo the end of the window read
 */
public record BusyCoverage(long providerId, Instant importedAt, Instant coversFrom, Instant coversTo) {

	/**
	 * Whether the import is at most {@code maxAge} old at {@code now}.
	 */
	public boolean isFresh(Instant now, Duration maxAge) {
		return !this.importedAt.isBefore(now.minus(maxAge));
	}

	/**
	 * Whether [from, to) lies inside the window read.
	 */
	boolean covers(Instant from, Instant to) {
		return !from.isBefore(this.coversFrom) && !to.isAfter(this.coversTo);
	}

}
