package io.bella.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * The shape of a visit being booked: how long it is and the time kept free around it.
 *
 * @param appointmentTypeId the kind of visit, if one was chosen
 * @param duration the visit's length
 * @param bufferBeforeMin minutes kept free before
 * @param bufferAfterMin minutes kept free after
 */
record Visit(Long appointmentTypeId, Duration duration, int bufferBeforeMin, int bufferAfterMin) {

	static final int DEFAULT_DURATION_MIN = 30;

	static final int LONGEST_DURATION_MIN = 8 * 60;

	Instant blockedFrom(Instant start) {
		return start.minusSeconds(this.bufferBeforeMin * 60L);
	}

	Instant blockedTo(Instant start) {
		return start.plus(this.duration).plusSeconds(this.bufferAfterMin * 60L);
	}

}
