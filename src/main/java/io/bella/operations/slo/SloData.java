package io.bella.operations.slo;

import java.time.Instant;

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

}
