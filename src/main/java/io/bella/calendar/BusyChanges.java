package io.bella.calendar;

import java.util.Map;
import java.util.Set;

import io.bella.booking.BusyBlock;

/**
 * What one read of a Google calendar found.
 *
 * @param full whether it read the whole window (replacing what was known) or only what
 * changed since the last read
 * @param busy the events that make the provider busy, by event id
 * @param gone the events that no longer do (cancelled, declined, shown as free, Bella's
 * own), by id; only for a read of changes
 * @param syncToken the token that reads the changes after this read
 */
record BusyChanges(boolean full, Map<String, BusyBlock> busy, Set<String> gone, String syncToken) {

	BusyChanges {
		busy = Map.copyOf(busy);
		gone = Set.copyOf(gone);
	}

}
