package io.bella.operations.slo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * This instance's SLO events of the last minutes, counted in memory per series and minute
 * so that counting one costs a map look-up and two additions, never I/O; the flush writes
 * them to the database ({@link SloFlush}).
 */
@Component
class SloCounters {

	private static final long SECONDS_PER_MINUTE = 60;

	private final Map<Key, Cell> cells = new ConcurrentHashMap<>();

	/**
	 * Counts one event.
	 * @param series the series ({@code webhook-availability})
	 * @param at when it happened
	 * @param good whether it met the objective
	 */
	void record(String series, Instant at, boolean good) {
		Cell cell = this.cells.computeIfAbsent(new Key(series, Math.floorDiv(at.getEpochSecond(), SECONDS_PER_MINUTE)),
				(key) -> new Cell());
		// total first: a flush that reads good before total never sees more good than
		// total
		cell.total.increment();
		if (good) {
			cell.good.increment();
		}
	}

	/**
	 * What each minute in memory holds now.
	 * @param now the flush's time
	 * @return a snapshot per series and minute
	 */
	List<Snapshot> snapshot(Instant now) {
		long current = Math.floorDiv(now.getEpochSecond(), SECONDS_PER_MINUTE);
		List<Snapshot> snapshots = new ArrayList<>();
		this.cells.forEach((key, cell) -> {
			long good = cell.good.sum();
			long total = cell.total.sum();
			snapshots.add(new Snapshot(key, new Counts(total, good), cell, key.minute() < current - 1));
		});
		return snapshots;
	}

	/**
	 * Takes the minutes that ended before the previous one out of memory once their last
	 * snapshot is written. An event of such a minute that arrives later starts the minute
	 * again, from what the database holds.
	 */
	void forget(List<Snapshot> written) {
		written.stream()
			.filter(Snapshot::finished)
			.forEach((snapshot) -> this.cells.remove(snapshot.key(), snapshot.cell()));
	}

	/**
	 * A series' minute.
	 *
	 * @param series the series
	 * @param minute the minute, in minutes since the epoch
	 */
	record Key(String series, long minute) {

		Instant start() {
			return Instant.ofEpochSecond(this.minute * SECONDS_PER_MINUTE);
		}

	}

	/**
	 * The counts of a series' minute, and what the database held for it when this process
	 * first wrote it ({@code null} until then): a restarted instance with the same id
	 * goes on from there rather than overwriting it.
	 */
	static final class Cell {

		private final LongAdder total = new LongAdder();

		private final LongAdder good = new LongAdder();

		private volatile Counts base;

		Counts base() {
			return this.base;
		}

		void base(Counts base) {
			this.base = base;
		}

	}

	/**
	 * What a series' minute held at a flush.
	 *
	 * @param key the series and minute
	 * @param counts its events counted in this process
	 * @param cell where they are counted
	 * @param finished whether the minute ended before the previous one
	 */
	record Snapshot(Key key, Counts counts, Cell cell, boolean finished) {

		String series() {
			return this.key.series();
		}

		Instant minute() {
			return this.key.start();
		}

	}

}
