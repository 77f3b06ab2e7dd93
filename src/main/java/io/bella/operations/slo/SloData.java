package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an SLO's events are counted.
 */
@FunctionalInterface
interface SloData {

	/**
	 * The SLO's events in a window.
	 * @param slo the SLO
	 * @param from the window's first minute
	 * @param to the minute after its last
	 * @return the counts, summed over every instance
	 */
	Counts count(Slo slo, Instant from, Instant to);

	/**
	 * The SLO's events in several windows that end together; a store answers them at once
	 * where it can.
	 * @param slo the SLO
	 * @param end the minute after the last of every window
	 * @param windows the windows' lengths
	 * @return the counts per window
	 */
	default Map<Duration, Counts> count(Slo slo, Instant end, List<Duration> windows) {
		Map<Duration, Counts> counts = new LinkedHashMap<>();
		windows.forEach((window) -> counts.put(window, count(slo, end.minus(window), end)));
		return counts;
	}

}
