package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * SLO events per minute in memory, for tests that feed the SLO calculator and rules
 * without a database: a steady rate of events from a start, with bursts of bad ones.
 */
class MinuteEvents implements SloData {

	private final Instant start;

	private final int minutes;

	private final Map<String, long[][]> series = new HashMap<>();

	MinuteEvents(Instant start, Duration length) {
		this.start = start;
		this.minutes = (int) length.toMinutes();
	}

	/** Every minute of the series gets {@code perMinute} events, all good. */
	MinuteEvents steady(String name, long perMinute) {
		long[][] counts = new long[this.minutes][2];
		for (long[] minute : counts) {
			minute[0] = perMinute;
		}
		this.series.put(name, counts);
		return this;
	}

	/**
	 * The minutes from {@code from} for {@code length} have {@code bad} bad events each.
	 */
	MinuteEvents bad(String name, Instant from, Duration length, long bad) {
		long[][] counts = this.series.get(name);
		int first = index(from);
		for (int i = first; i < first + length.toMinutes(); i++) {
			counts[i][1] = bad;
		}
		return this;
	}

	@Override
	public Counts count(Slo slo, Instant from, Instant to) {
		long[][] counts = this.series.get(slo.name());
		long total = 0;
		long bad = 0;
		if (counts != null) {
			for (int i = Math.max(index(from), 0); i < Math.min(index(to), this.minutes); i++) {
				total += counts[i][0];
				bad += counts[i][1];
			}
		}
		return new Counts(total, total - bad);
	}

	private int index(Instant instant) {
		return (int) Duration.between(this.start, instant).toMinutes();
	}

}
