package io.bella.operations.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Works out the business metrics of a period from the kept calls and booking changes: two
 * reads (the calls that started since the earliest instant any figure needs, and the
 * booking changes of the period and the one before), the rest in memory.
 */
@Component
class BusinessReport {

	/** The window of the peak hours and of the peak the scaling plans for. */
	static final Duration PEAK_WINDOW = Duration.ofDays(28);

	/**
	 * Calls are read from this long before the earliest window, so that one going on at
	 * its start counts in the concurrency; a call still open after it is a record whose
	 * end was lost, not a call.
	 */
	static final Duration LONGEST_CALL = Duration.ofHours(4);

	static final String FORMULA = "instances = max(1, ceil(peak_concurrent_calls × headroom ÷ capacity_per_instance))";

	static final String CAPACITY_BASIS = "bench/voice-load.sh: 200 concurrent callers booking on one instance "
			+ "(-Xmx512m, 2 cores, PostgreSQL), 0 failed calls, server time per turn p99 61 ms";

	private final KpiCalls calls;

	private final BookingChanges changes;

	private final KpiProperties properties;

	private final Clock clock;

	BusinessReport(KpiCalls calls, BookingChanges changes, KpiProperties properties, Clock clock) {
		this.calls = calls;
		this.changes = changes;
		this.properties = properties;
		this.clock = clock;
	}

	BusinessMetrics of(Instant from, Instant to, Granularity granularity, ZoneId zone) {
		Instant now = this.clock.instant();
		Instant previousFrom = from.minus(Duration.between(from, to));
		Instant peakFrom = to.minus(PEAK_WINDOW);
		Instant earliest = (previousFrom.isBefore(peakFrom) ? previousFrom : peakFrom).minus(LONGEST_CALL);
		List<KpiCall> calls = this.calls.startedBetween(earliest, to);
		List<Instant[]> intervals = new ArrayList<>(calls.size());
		calls.forEach((call) -> intervals.add(new Instant[] { call.startedAt(), call.endedAt() }));
		if (now.minus(LONGEST_CALL).isBefore(to)) {
			this.calls.goingOnSince(now.minus(LONGEST_CALL))
				.forEach((start) -> intervals.add(new Instant[] { start, now }));
		}
		List<BookingChange> changes = this.changes.between(previousFrom, to);
		Tally current = Tally.of(calls, changes, from, to);
		Tally previous = Tally.of(calls, changes, previousFrom, from);
		Concurrency peak = Concurrency.peak(intervals, from, to);
		Concurrency recent = Concurrency.peak(intervals, peakFrom, to);
		return new BusinessMetrics(local(from, zone), local(to, zone), local(previousFrom, zone),
				granularity.name().toLowerCase(Locale.ROOT), zone.getId(), Trend.of(current.calls, previous.calls),
				Trend.of(current.answered, previous.answered), Trend.of(current.conversations, previous.conversations),
				Trend.ofRate(current.successRate(), previous.successRate()),
				Trend.ofRate(current.bookingConversion(), previous.bookingConversion()),
				Trend.of(current.bookings, previous.bookings), current.bookingsBySource,
				Trend.of(current.moves, previous.moves), Trend.of(current.cancellations, previous.cancellations),
				Trend.of(current.transfers, previous.transfers), Trend.of(current.messages, previous.messages),
				Trend.of(current.durations().at(50), previous.durations().at(50)),
				Trend.of(current.durations().at(95), previous.durations().at(95)),
				Trend.of(current.turnsPerBooking().at(50), previous.turnsPerBooking().at(50)),
				series(Buckets.of(from, to, zone, granularity), calls, changes, from, to, zone),
				PeakHours.of(calls.stream().map(KpiCall::startedAt).toList(), peakFrom, to, zone),
				new BusinessMetrics.PeakConcurrency(peak.calls(), local(peak.at(), zone)), scaling(recent));
	}

	BusinessMetrics.Scaling scaling(Concurrency recent) {
		int capacity = this.properties.capacityPerInstance();
		double headroom = this.properties.headroom();
		int instances = Math.max(1, (int) Math.ceil(recent.calls() * headroom / capacity));
		return new BusinessMetrics.Scaling(recent.calls(), capacity, headroom, instances, FORMULA, CAPACITY_BASIS);
	}

	private static List<BusinessMetrics.Bucket> series(Buckets buckets, List<KpiCall> calls,
			List<BookingChange> changes, Instant from, Instant to, ZoneId zone) {
		List<Tally> tallies = new ArrayList<>(buckets.size());
		for (int i = 0; i < buckets.size(); i++) {
			tallies.add(Tally.counting());
		}
		for (KpiCall call : calls) {
			int index = within(call.startedAt(), from, to) ? buckets.indexOf(call.startedAt()) : -1;
			if (index >= 0) {
				tallies.get(index).add(call);
			}
		}
		for (BookingChange change : changes) {
			int index = within(change.occurredAt(), from, to) ? buckets.indexOf(change.occurredAt()) : -1;
			if (index >= 0) {
				tallies.get(index).add(change);
			}
		}
		List<BusinessMetrics.Bucket> series = new ArrayList<>(buckets.size());
		for (int i = 0; i < buckets.size(); i++) {
			Tally tally = tallies.get(i);
			series.add(new BusinessMetrics.Bucket(local(buckets.start(i), zone), local(buckets.end(i), zone),
					tally.calls, tally.answered, tally.succeeded, Trend.round(tally.successRate()), tally.bookings,
					tally.moves, tally.cancellations, tally.transfers, tally.messages));
		}
		return series;
	}

	private static boolean within(Instant instant, Instant from, Instant to) {
		return !instant.isBefore(from) && instant.isBefore(to);
	}

	private static OffsetDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

}
