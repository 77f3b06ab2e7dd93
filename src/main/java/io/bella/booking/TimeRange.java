package io.bella.booking;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A span of wall-clock time within one day, end exclusive.
 *
 * @param start first minute
 * @param end the end, exclusive
 */
record TimeRange(LocalTime start, LocalTime end) {

	boolean contains(LocalTime from, LocalTime to) {
		return !from.isBefore(this.start) && !to.isAfter(this.end) && from.isBefore(to);
	}

	boolean contains(LocalTime time) {
		return !time.isBefore(this.start) && time.isBefore(this.end);
	}

	/**
	 * This range with the given ranges cut out of it.
	 */
	List<TimeRange> minus(List<TimeRange> cuts) {
		List<TimeRange> result = new ArrayList<>(List.of(this));
		for (TimeRange cut : cuts) {
			List<TimeRange> next = new ArrayList<>();
			for (TimeRange range : result) {
				if (!cut.start.isBefore(range.end) || !cut.end.isAfter(range.start)) {
					next.add(range);
					continue;
				}
				if (cut.start.isAfter(range.start)) {
					next.add(new TimeRange(range.start, cut.start));
				}
				if (cut.end.isBefore(range.end)) {
					next.add(new TimeRange(cut.end, range.end));
				}
			}
			result = next;
		}
		return result;
	}

}
