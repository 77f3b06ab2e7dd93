package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The shape of a visit being booked: how long it is, the time kept free around it and who
 * offers it.
 *
 * @param appointmentTypeId the kind of visit, if one was chosen
 * @param duration the visit's length
 * @param bufferBeforeMin minutes kept free before
 * @param bufferAfterMin minutes kept free after
 * @param providerIds the providers who offer it; empty when any provider does
 */
record Visit(Long appointmentTypeId, Duration duration, int bufferBeforeMin, int bufferAfterMin,
		List<Long> providerIds) {

	static final int DEFAULT_DURATION_MIN = 30;

	static final int LONGEST_DURATION_MIN = 8 * 60;

	Visit {
		providerIds = (providerIds != null) ? List.copyOf(providerIds) : List.of();
	}

	Visit(Long appointmentTypeId, Duration duration, int bufferBeforeMin, int bufferAfterMin) {
		this(appointmentTypeId, duration, bufferBeforeMin, bufferAfterMin, List.of());
	}

	Instant blockedFrom(Instant start) {
		return start.minusSeconds(this.bufferBeforeMin * 60L);
	}

	Instant blockedTo(Instant start) {
		return start.plus(this.duration).plusSeconds(this.bufferAfterMin * 60L);
	}

	boolean offeredBy(long providerId) {
		return this.providerIds.isEmpty() || this.providerIds.contains(providerId);
	}

}
