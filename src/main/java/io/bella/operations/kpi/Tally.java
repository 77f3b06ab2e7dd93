package io.bella.operations.kpi;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one period: of the calls that started in it and of the booking changes
 * made in it.
 */
final class Tally {

	long calls;

	long answered;

	long conversations;

	long succeeded;

	long bookingIntents;

	long bookedByPhone;

	long transfers;

	long messages;

	long bookings;

	long moves;

	long cancellations;

	final Map<String, Long> bookingsBySource = new TreeMap<>(Map.of("voice", 0L, "api", 0L, "dashboard", 0L));

	private final long[] durations;

	private final long[] turnsPerBooking;

	private int durationCount;

	private int bookingCount;

	private Tally(int capacity) {
		this.durations = new long[capacity];
		this.turnsPerBooking = new long[capacity];
	}

	/** A tally of counts only, without the percentiles. */
	static Tally counting() {
		return new Tally(0);
	}

	static Tally of(List<KpiCall> calls, List<BookingChange> changes, Instant from, Instant to) {
		Tally tally = new Tally(calls.size());
		for (KpiCall call : calls) {
			if (!call.startedAt().isBefore(from) && call.startedAt().isBefore(to)) {
				tally.add(call);
			}
		}
		for (BookingChange change : changes) {
			if (!change.occurredAt().isBefore(from) && change.occurredAt().isBefore(to)) {
				tally.add(change);
			}
		}
		return tally;
	}

	void add(KpiCall call) {
		this.calls++;
		this.answered += call.answered() ? 1 : 0;
		this.conversations += call.conversation() ? 1 : 0;
		this.succeeded += call.succeeded() ? 1 : 0;
		this.bookingIntents += call.bookingIntent() ? 1 : 0;
		this.transfers += call.transferred() ? 1 : 0;
		this.messages += call.messageTaken() ? 1 : 0;
		if (this.durations.length > 0) {
			this.durations[this.durationCount++] = call.seconds();
		}
		if (call.booked()) {
			this.bookedByPhone++;
			if (this.turnsPerBooking.length > 0) {
				this.turnsPerBooking[this.bookingCount++] = call.speechTurns();
			}
		}
	}

	void add(BookingChange change) {
		switch (change.kind()) {
			case BookingChange.BOOKED -> {
				this.bookings++;
				this.bookingsBySource.merge(change.source().toLowerCase(Locale.ROOT), 1L, Long::sum);
			}
			case BookingChange.RESCHEDULED -> this.moves++;
			case BookingChange.CANCELLED -> this.cancellations++;
			default -> {
				// a kind this version does not know is left out
			}
		}
	}

	Double successRate() {
		return Trend.rate(this.succeeded, this.conversations);
	}

	Double bookingConversion() {
		return Trend.rate(this.bookedByPhone, this.bookingIntents);
	}

	Percentiles durations() {
		return Percentiles.of(Arrays.copyOf(this.durations, this.durationCount));
	}

	Percentiles turnsPerBooking() {
		return Percentiles.of(Arrays.copyOf(this.turnsPerBooking, this.bookingCount));
	}

}
