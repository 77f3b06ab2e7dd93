package io.bella.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the busy times of the providers' Google calendars are read.
 *
 * @param busyRefresh the interval between imports of each provider's busy times
 * ({@code BELLA_GOOGLE_BUSY_REFRESH}); at most 15 minutes, well within the age after
 * which booking stops trusting them
 */
@ConfigurationProperties("bella.google")
record BusyRefreshProperties(@DefaultValue("10m") Duration busyRefresh) {

	static final Duration LONGEST = Duration.ofMinutes(15);

	BusyRefreshProperties {
		if (busyRefresh.isZero() || busyRefresh.isNegative() || busyRefresh.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException(
					"bella.google.busy-refresh must be positive and at most 15m, got " + busyRefresh);
		}
	}

	/**
	 * How long an instance's claim on a provider's import lasts: a little less than the
	 * interval, so that the same instance's next run finds it expired and the others'
	 * runs in between do not.
	 */
	Duration claim() {
		return this.busyRefresh.multipliedBy(9).dividedBy(10);
	}

}
