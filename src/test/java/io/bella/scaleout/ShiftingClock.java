package io.bella.scaleout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The system clock moved by an offset a test sets: time goes on from wherever the test
 * puts it, as the leases of scheduled jobs and the claims of texts need, and several
 * instances sharing it agree on the time as if their hosts were synchronised.
 */
final class ShiftingClock extends Clock {

	private final AtomicInteger shifts = new AtomicInteger();

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
