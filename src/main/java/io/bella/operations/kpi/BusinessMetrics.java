package io.bella.operations.kpi;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code GET /api/unified/business-metrics}: a period's calls and bookings,
 * each headline figure against the period of equal length before it, a series in the
 * clinic's local hours or days, the peak hours, the peak of concurrent calls and how many
 * instances that needs. Rates are fractions between 0 and 1.
 *
 * @param from the period's start
 * @param to the period's end (exclusive)
 * @param previousFrom the start of the period compared with, which ends at {@code from}
 * @param granularity {@code hour} or {@code day}
 * @param timeZone the clinic's time zone, in which buckets and peak hours are local
 * @param calls the calls that started in the period and ended
 * @param answered those Bella greeted
 * @param conversations those in which the caller was heard at least once
 * @param successRate the share of conversations that succeeded
 * @param bookingConversion phone bookings over conversations that may have been about a
 * new appointment (all but moves and cancellations)
 * @param bookings appointments booked through any channel
 * @param bookingsBySource those by channel: voice, api, dashboard
 * @param moves appointments moved through any channel
 * @param cancellations appointments cancelled through any channel
 * @param transfers calls transferred to the front desk
 * @param messages calls that ended with a message taken
 * @param callDurationP50Sec the median call's length in seconds
 * @param callDurationP95Sec the 95th percentile of call length in seconds
 * @param turnsPerBookingP50 how many times the median caller who booked spoke
 * @param series the figures per local hour or day
 * @param peakHours the busiest hours of the week over the 28 days before {@code to}
 * @param peakConcurrentCalls the most calls at once in the period
 * @param scaling the instances the last 28 days' peak needs
 */
@Schema(name = "BusinessMetrics")
record BusinessMetrics(OffsetDateTime from, OffsetDateTime to, OffsetDateTime previousFrom, String granularity,
		String timeZone, Trend calls, Trend answered, Trend conversations, Trend successRate, Trend bookingConversion,
		Trend bookings, Map<String, Long> bookingsBySource, Trend moves, Trend cancellations, Trend transfers,
		Trend messages, Trend callDurationP50Sec, Trend callDurationP95Sec, Trend turnsPerBookingP50,
		List<Bucket> series, PeakHours peakHours, PeakConcurrency peakConcurrentCalls, Scaling scaling) {

	/**
	 * One local hour or day of the series.
	 *
	 * @param start its first instant, with the clinic's offset then
	 * @param end the next bucket's start
	 * @param calls calls that started in it
	 * @param answered those Bella greeted
	 * @param succeeded conversations that succeeded
	 * @param successRate their share of the bucket's conversations, {@code null} without
	 * any
	 * @param bookings appointments booked through any channel
	 * @param moves appointments moved
	 * @param cancellations appointments cancelled
	 * @param transfers calls transferred
	 * @param messages messages taken
	 */
	@Schema(name = "BusinessMetricsBucket")
	record Bucket(OffsetDateTime start, OffsetDateTime end, long calls, long answered, long succeeded,
			Double successRate, long bookings, long moves, long cancellations, long transfers, long messages) {
	}

	/**
	 * The most calls at once.
	 *
	 * @param calls how many
	 * @param at when first reached, {@code null} without calls
	 */
	@Schema(name = "BusinessPeakConcurrency")
	record PeakConcurrency(int calls, OffsetDateTime at) {
	}

	/**
	 * How many instances to run.
	 *
	 * @param peakConcurrentCalls the most calls at once over the 28 days before
	 * {@code to}
	 * @param capacityPerInstance concurrent calls one instance carries
	 * ({@code bench/voice-load.sh})
	 * @param headroom the factor above the peak planned for
	 * @param instances ceil(peak × headroom ÷ capacity), at least 1
	 * @param formula that formula in words
	 * @param capacityBasis where the capacity figure comes from
	 */
	@Schema(name = "BusinessScaling")
	record Scaling(int peakConcurrentCalls, int capacityPerInstance, double headroom, int instances, String formula,
			String capacityBasis) {
	}

}
