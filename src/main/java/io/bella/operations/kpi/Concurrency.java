package io.bella.operations.kpi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The most calls going on at once within a window, from the calls' start and end times: a
 * sweep over the starts and ends in time order, an end before a start at the same instant
 * (a call that ends as another starts never overlaps it).
 *
 * @param calls the most at once
 * @param at when that was first reached, {@code null} without calls
 */
record Concurrency(int calls, Instant at) {

	/**
	 * @param intervals each call's start and end; an end of {@code null} is the window's
	 * end (a call still going on)
	 */
	static Concurrency peak(List<Instant[]> intervals, Instant from, Instant to) {
		// each edge as one long, microseconds since the epoch times two plus one for a
		// start, so that a plain sort puts them in time order with ends first
		long[] edges = new long[intervals.size() * 2];
		int count = 0;
		for (Instant[] interval : intervals) {
			Instant start = interval[0].isBefore(from) ? from : interval[0];
			Instant end = (interval[1] == null || interval[1].isAfter(to)) ? to : interval[1];
			if (start.isBefore(end)) {
				edges[count++] = micros(start) * 2 + 1;
				edges[count++] = micros(end) * 2;
			}
		}
		Arrays.sort(edges, 0, count);
		int current = 0;
		int peak = 0;
		long at = 0;
		for (int i = 0; i < count; i++) {
			current += ((edges[i] & 1) == 1) ? 1 : -1;
			if (current > peak) {
				peak = current;
				at = edges[i] >> 1;
			}
		}
		return new Concurrency(peak, (peak > 0) ? Instant.EPOCH.plus(at, ChronoUnit.MICROS) : null);
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

}
