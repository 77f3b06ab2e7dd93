package io.bella.operations.kpi;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The length of the series' buckets: local hours or local days of the clinic's time zone.
 */
enum Granularity {

	/**
	 * A local hour; the day clocks go back has 25 of them, the day they go forward 23.
	 */
	HOUR {

		@Override
		ZonedDateTime start(ZonedDateTime at) {
			return at.truncatedTo(ChronoUnit.HOURS);
		}

		@Override
		ZonedDateTime next(ZonedDateTime start) {
			return start.plusHours(1);
		}

	},

	/** A local day, from midnight to midnight, however many hours it has. */
	DAY {

		@Override
		ZonedDateTime start(ZonedDateTime at) {
			return at.toLocalDate().atStartOfDay(at.getZone());
		}

		@Override
		ZonedDateTime next(ZonedDateTime start) {
			return start.toLocalDate().plusDays(1).atStartOfDay(start.getZone());
		}

	};

	/** The start of the bucket that holds a time. */
	abstract ZonedDateTime start(ZonedDateTime at);

	/** The start of the bucket after the one starting at a time. */
	abstract ZonedDateTime next(ZonedDateTime start);

}
