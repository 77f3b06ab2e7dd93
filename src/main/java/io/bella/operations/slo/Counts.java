package io.bella.operations.slo;

/**
 * The events of an SLO in a window.
 *
 * @param total every event
 * @param good those that met the objective
 */
record Counts(long total, long good) {

	static final Counts NONE = new Counts(0, 0);

	Counts {
		if (total < 0 || good < 0 || good > total) {
			throw new IllegalArgumentException("Not counts of events: " + good + " good of " + total);
		}
	}

	long bad() {
		return this.total - this.good;
	}

	Counts plus(Counts other) {
		return new Counts(this.total + other.total, this.good + other.good);
	}

	/**
	 * The share of good events, {@code null} when there were none.
	 */
	Double sli() {
		return (this.total > 0) ? (double) this.good / this.total : null;
	}

}
