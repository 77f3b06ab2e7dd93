package io.bella.operations.kpi;

import java.util.Arrays;

/**
 * Nearest-rank percentiles: the smallest value with at least p % of the values at or
 * below it, always one of the values.
 */
final class Percentiles {

	private final long[] sorted;

	private Percentiles(long[] sorted) {
		this.sorted = sorted;
	}

	static Percentiles of(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Percentiles(sorted);
	}

	/** The p-th percentile, {@code null} without values. */
	Long at(int percentile) {
		if (this.sorted.length == 0) {
			return null;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * this.sorted.length);
		return this.sorted[Math.max(rank, 1) - 1];
	}

}
