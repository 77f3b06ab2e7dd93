package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.bella.operations.alerts.Severity;

/**
 * The windows SLIs are told over, and the pairs of windows whose burn rates raise alerts
 * (the Google SRE Workbook's multi-window, multi-burn-rate alerts). A window counts whole
 * minutes: the window of 5 minutes at 10:07:40 is 10:02 to 10:07, the running minute not
 * yet in.
 */
final class Windows {

	static final List<Duration> STANDARD = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1),
			Duration.ofHours(2), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3));

	static final String FULL = "full";

	/**
	 * Both windows of a pair must burn faster than the rate; it stops when the short one
	 * does not.
	 */
	static final List<BurnRateAlert> ALERTS = List.of(
			new BurnRateAlert(Duration.ofHours(1), Duration.ofMinutes(5), 14.4, Severity.CRITICAL),
			new BurnRateAlert(Duration.ofHours(6), Duration.ofMinutes(30), 6, Severity.CRITICAL),
			new BurnRateAlert(Duration.ofDays(1), Duration.ofHours(2), 3, Severity.MEDIUM),
			new BurnRateAlert(Duration.ofDays(3), Duration.ofHours(6), 1, Severity.MEDIUM));

	private Windows() {
	}

	/** The end of every window at {@code now}: the start of the running minute. */
	static Instant end(Instant now) {
		return now.truncatedTo(ChronoUnit.MINUTES);
	}

	/** {@code 5m}, {@code 2h}, {@code 30d}, {@code 300ms}. */
	static String label(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + "ms";
		}
		if (duration.toSeconds() < 60 || duration.toSeconds() % 60 != 0) {
			return duration.toSeconds() + "s";
		}
		if (duration.toMinutes() < 60 || duration.toMinutes() % 60 != 0) {
			return duration.toMinutes() + "m";
		}
		if (duration.toHours() < 24 || duration.toHours() % 24 != 0) {
			return duration.toHours() + "h";
		}
		return duration.toDays() + "d";
	}

	/**
	 * A pair of windows that raises an alert when both burn the error budget faster than
	 * {@code rate} times the pace that would spend it exactly over the SLO's window.
	 *
	 * @param longWindow the window that shows the burn is real
	 * @param shortWindow the window that shows it is still going on
	 * @param rate the burn rate both must exceed
	 * @param severity the alert's severity
	 */
	record BurnRateAlert(Duration longWindow, Duration shortWindow, double rate, Severity severity) {

		String describe() {
			return format(this.rate) + "x over " + label(this.longWindow) + " and " + label(this.shortWindow);
		}

		private static String format(double rate) {
			return (rate == Math.rint(rate)) ? Long.toString((long) rate) : Double.toString(rate);
		}

	}

}
