package io.bella.booking;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A span of wall-clock time within one day, end exclusive.
 *
 * @param start first minute
 * @param end the end, exclusive
 */
public record TimeRange(LocalTime start, LocalTime end) {

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

	/**
	 * The ranges merged where they overlap or touch, in order.
	 */
	static List<TimeRange> union(List<TimeRange> ranges) {
		List<TimeRange> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(TimeRange::start));
		List<TimeRange> merged = new ArrayList<>();
		for (TimeRange range : sorted) {
			TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !range.start.isAfter(last.end)) {
				if (range.end.isAfter(last.end)) {
					merged.set(merged.size() - 1, new TimeRange(last.start, range.end));
				}
			}
			else {
				merged.add(range);
			}
		}
		return List.copyOf(merged);
	}

}
