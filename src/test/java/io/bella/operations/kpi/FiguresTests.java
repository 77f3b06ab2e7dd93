package io.bella.operations.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Percentiles, trends, the peak of concurrent calls and which calls count as successful.
 */
class FiguresTests {

	static final Instant T = Instant.parse("2026-06-01T14:00:00Z");

	@Test
	void percentilesAreNearestRank() {
		Percentiles durations = Percentiles.of(new long[] { 40, 10, 30, 20, 50, 60, 70, 80, 90, 100 });

		assertThat(durations.at(50)).isEqualTo(50);
		assertThat(durations.at(95)).isEqualTo(100);
		assertThat(Percentiles.of(new long[] { 7 }).at(95)).isEqualTo(7);
		assertThat(Percentiles.of(new long[0]).at(50)).isNull();
	}

	@Test
	void trendGivesTheChangeAndItsPercent() {
		assertThat(Trend.of(120, 100)).isEqualTo(new Trend(120L, 100L, 20L, 20.0));
		assertThat(Trend.of(5, 0).changePercent()).isNull();
		assertThat(Trend.of(null, 30L)).isEqualTo(new Trend(null, 30L, null, null));
		assertThat(Trend.ofRate(0.9, 0.75)).isEqualTo(new Trend(0.9, 0.75, 0.15, 20.0));
		assertThat(Trend.ofRate(Trend.rate(2, 3), null)).isEqualTo(new Trend(0.6667, null, null, null));
	}

	@Test
	void peakConcurrencyCountsOverlapsAndNotCallsThatMeetEndToStart() {
		List<Instant[]> calls = new ArrayList<>();
		calls.add(interval(0, 300));
		calls.add(interval(60, 120));
		calls.add(interval(100, 200));
		calls.add(interval(300, 400));

		Concurrency peak = Concurrency.peak(calls, T, T.plusSeconds(3600));

		assertThat(peak).isEqualTo(new Concurrency(3, T.plusSeconds(100)));
	}

	@Test
	void peakConcurrencyClipsCallsToTheWindowAndRunsOpenCallsToItsEnd() {
		List<Instant[]> calls = new ArrayList<>();
		calls.add(interval(-600, 30));
		calls.add(new Instant[] { T.plusSeconds(10), null });
		calls.add(interval(-600, -300));

		assertThat(Concurrency.peak(calls, T, T.plusSeconds(60))).isEqualTo(new Concurrency(2, T.plusSeconds(10)));
		assertThat(Concurrency.peak(List.of(), T, T.plusSeconds(60))).isEqualTo(new Concurrency(0, null));
	}

	@Test
	void successAmongConversationsFollowsTheCallSuccessDefinition() {
		assertThat(call("BOOKED", 3, false, false).succeeded()).isTrue();
		assertThat(call("CANCELLED", 2, false, false).succeeded()).isTrue();
		assertThat(call("TRANSFERRED", 1, false, false).succeeded()).isTrue();
		assertThat(call("MESSAGE_TAKEN", 1, false, true).succeeded()).isFalse();
		assertThat(call("ABANDONED", 2, true, false).succeeded()).isTrue();
		assertThat(call("ABANDONED", 2, false, false).succeeded()).isFalse();
		assertThat(call("FAILED", 2, false, false).succeeded()).isFalse();
		assertThat(call("BOOKED", 0, false, false).conversation()).isFalse();
	}

	@Test
	void bookingIntentIsEveryConversationButMovesAndCancellations() {
		assertThat(call("ABANDONED", 1, false, false).bookingIntent()).isTrue();
		assertThat(call("BOOKED", 4, false, false).bookingIntent()).isTrue();
		assertThat(call("RESCHEDULED", 4, false, false).bookingIntent()).isFalse();
		assertThat(call("CANCELLED", 4, false, false).bookingIntent()).isFalse();
		assertThat(call("ABANDONED", 0, false, false).bookingIntent()).isFalse();
	}

	@Test
	void durationFallsBackToTheRecordsTimesWhenTwilioGaveNone() {
		KpiCall call = new KpiCall("CA1", T, T.plusSeconds(95), null, "BOOKED", 4, 3, false, false);

		assertThat(call.seconds()).isEqualTo(95);
	}

	private static KpiCall call(String outcome, int speechTurns, boolean goodbye, boolean handoffUnasked) {
		return new KpiCall("CA" + outcome, T, T.plusSeconds(60), 60, outcome, speechTurns + 1, speechTurns, goodbye,
				handoffUnasked);
	}

	private static Instant[] interval(int startSec, int endSec) {
		return new Instant[] { T.plusSeconds(startSec), T.plusSeconds(endSec) };
	}

}
