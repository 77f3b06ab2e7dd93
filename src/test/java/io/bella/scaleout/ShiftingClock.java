package io.bella.scaleout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The system clock moved by an offset a test sets: time goes on from wherever the test
 * puts it, as the leases of scheduled jobs and the claims of texts need, and several
 * instances sharing it agree on the time as if their hosts were synchronised.
 */
final class ShiftingClock extends Clock {

	private final AtomicInteger shifts = new AtomicInteger();

	// the times the clock was moved to
	private final List<Instant> shiftedTo = new CopyOnWriteArrayList<>();

	private volatile Duration offset = Duration.ZERO;

	ShiftingClock(Instant now) {
		this.offset = Duration.between(Instant.now(), now);
	}

	/**
	 * Moves the clock to the time given, from which it goes on.
	 */
	void set(Instant now) {
		this.offset = Duration.between(Instant.now(), now);
		this.shifts.incrementAndGet();
		this.shiftedTo.add(now);
	}

	/**
	 * Whether the clock was moved to a time from {@code within} before {@code from} up to
	 * {@code to}: a job that claimed its lease just before the move may count its run
	 * just after it, beside a run another instance claimed at the new time.
	 */
	boolean movedBetween(Instant from, Instant to, Duration within) {
		return this.shiftedTo.stream().anyMatch((moved) -> !moved.isBefore(from.minus(within)) && !moved.isAfter(to));
	}

	/**
	 * How often a test moved the clock since it was made.
	 */
	int shifts() {
		return this.shifts.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
