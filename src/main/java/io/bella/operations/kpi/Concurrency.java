package io.bella.operations.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
		List<Edge> edges = new ArrayList<>();
		for (Instant[] interval : intervals) {
			Instant start = interval[0].isBefore(from) ? from : interval[0];
			Instant end = (interval[1] == null || interval[1].isAfter(to)) ? to : interval[1];
			if (start.isBefore(end)) {
				edges.add(new Edge(start, 1));
				edges.add(new Edge(end, -1));
			}
		}
		edges.sort(Comparator.comparing(Edge::at).thenComparingInt(Edge::delta));
		int current = 0;
		int peak = 0;
		Instant at = null;
		for (Edge edge : edges) {
			current += edge.delta();
			if (current > peak) {
				peak = current;
				at = edge.at();
			}
		}
		return new Concurrency(peak, at);
	}

	private record Edge(Instant at, int delta) {
	}

}
