package io.bella.extraction;

import java.time.LocalTime;

/**
 * The part of the day a caller named ("morning", "tonight", "around lunch"), the window
 * it stands for when no time was said, and how it places a bare hour.
 */
enum PartOfDay {

	NONE(null, null), MORNING(LocalTime.of(8, 0), LocalTime.NOON), AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
	EVENING(LocalTime.of(17, 0), LocalTime.of(21, 0)), LUNCH(LocalTime.NOON, LocalTime.of(13, 0));

	private final LocalTime from;

	private final LocalTime to;

	PartOfDay(LocalTime from, LocalTime to) {
		this.from = from;
		this.to = to;
	}

	LocalTime from() {
		return this.from;
	}

	LocalTime to() {
		return this.to;
	}

	/** "at 1 for lunch": a single time said around lunch is read as an afternoon time. */
	PartOfDay lunchAsAfternoon() {
		return (this == LUNCH) ? AFTERNOON : this;
	}

}
