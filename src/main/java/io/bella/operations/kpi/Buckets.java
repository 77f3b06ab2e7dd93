package io.bella.operations.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The buckets of a period in the clinic's time zone: local hours or days from the one
 * holding the period's start to the one holding its end, found by walking the zone's
 * rules (never by adding fixed lengths), so that a daylight-saving day is one day of 23
 * or 25 hours and its hours are the hours the clinic's clocks showed.
 *
 * @param starts each bucket's first instant, in order
 * @param end the instant after the last bucket
 */
record Buckets(List<Instant> starts, Instant end) {

	static Buckets of(Instant from, Instant to, ZoneId zone, Granularity granularity) {
		List<Instant> starts = new ArrayList<>();
		ZonedDateTime at = granularity.start(from.atZone(zone));
		while (at.toInstant().isBefore(to)) {
			starts.add(at.toInstant());
			at = granularity.next(at);
		}
		return new Buckets(List.copyOf(starts), at.toInstant());
	}

	int size() {
		return this.starts.size();
	}

	Instant start(int index) {
		return this.starts.get(index);
	}

	Instant end(int index) {
		return (index + 1 < this.starts.size()) ? this.starts.get(index + 1) : this.end;
	}

	/** The bucket that holds an instant, or -1 outside them all. */
	int indexOf(Instant instant) {
		if (this.starts.isEmpty() || instant.isBefore(this.starts.get(0)) || !instant.isBefore(this.end)) {
			return -1;
		}
		int found = Collections.binarySearch(this.starts, instant);
		return (found >= 0) ? found : -found - 2;
	}

}
