package io.bella.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The business metrics for people: a period against the period of equal length before it,
 * as {@code /api/unified/business-metrics} tells them, with the series by local hour and
 * by local day and how long calls lasted and how many turns they took.
 */
public interface KpiBoard {

	/**
	 * The longest period with an hourly series; longer periods have the daily one only.
	 */
	int LONGEST_HOURLY_DAYS = 31;

	/**
	 * The period {@code [from, to)}, at most 366 days.
	 * @throws IllegalArgumentException when {@code to} is not after {@code from} or the
	 * period is longer
	 */
	Period period(Instant from, Instant to);

	/**
	 * A period's figures. Rates are fractions between 0 and 1.
	 *
	 * @param from its start
	 * @param to its end (exclusive)
	 * @param previousFrom the start of the period compared with, which ends at
	 * {@code from}
	 * @param timeZone the clinic's, in which hours and days are local
	 * @param calls calls that started in it and ended
	 * @param successRate the share of conversations that succeeded
	 * @param bookings appointments booked through any channel
	 * @param callDurationP50Sec the median call's length
	 * @param callDurationP95Sec the 95th percentile of call length
	 * @param bookingsBySource bookings by channel: voice, api, dashboard
	 * @param hourly the series by local hour (empty over 31 days)
	 * @param daily the series by local day
	 * @param heatMap calls per weekday (Monday first) and local hour over the 28 days
	 * before {@code to}
	 * @param durations how long the period's calls lasted
	 * @param turns how many turns they took
	 */
	record Period(Instant from, Instant to, Instant previousFrom, String timeZone, Figure calls, Figure successRate,
			Figure bookings, Figure callDurationP50Sec, Figure callDurationP95Sec, Map<String, Long> bookingsBySource,
			List<Bucket> hourly, List<Bucket> daily, List<List<Integer>> heatMap, List<Share> durations,
			List<Share> turns) {
	}

	/**
	 * A figure against the previous period's.
	 *
	 * @param value this period's, {@code null} when unknown
	 * @param previous the previous period's, {@code null} when unknown
	 * @param changePercent the change in percent of previous, {@code null} when previous
	 * is zero or unknown
	 */
	record Figure(Number value, Number previous, Double changePercent) {
	}

	/**
	 * One local hour or day.
	 *
	 * @param start its first instant
	 * @param calls calls that started in it
	 * @param successRate the share of its conversations that succeeded, {@code null}
	 * without any
	 * @param bookings appointments booked in it
	 */
	record Bucket(Instant start, long calls, Double successRate, long bookings) {
	}

	/**
	 * One class of a distribution.
	 *
	 * @param label such as {@code 1–2 min} or {@code 3 turns}
	 * @param calls the calls in it
	 */
	record Share(String label, long calls) {
	}

}
