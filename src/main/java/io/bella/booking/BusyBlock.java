package io.bella.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A time a provider is busy in their own calendar (a meeting, a personal appointment):
 * from {@code startsAt} up to, not including, {@code endsAt}.
 *
 * @param startsAt when the busy time begins
 * @param endsAt when it ends, after it begins
 */
public record BusyBlock(Instant startsAt, Instant endsAt) {

	public BusyBlock {
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(endsAt, "endsAt");
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("a busy block ends after it starts: " + startsAt + " to " + endsAt);
		}
	}

}
