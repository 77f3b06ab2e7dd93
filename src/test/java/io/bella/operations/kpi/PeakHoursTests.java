package io.bella.operations.kpi;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hour-of-week heat map and its busiest hours, in the clinic's local time.
 */
class PeakHoursTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant TO = ZonedDateTime.of(2026, 6, 29, 0, 0, 0, 0, TORONTO).toInstant();

	static final Instant FROM = TO.minus(Duration.ofDays(28));

	@Test
	void countsCallsPerLocalWeekdayAndHourAndRanksTheBusiest() {
		List<Instant> starts = new ArrayList<>();
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 22, 9, 5, 0, 0, TORONTO), 5));
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 15, 9, 55, 0, 0, TORONTO), 2));
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 24, 14, 0, 0, 0, TORONTO), 4));
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 26, 16, 30, 0, 0, TORONTO), 3));
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 27, 11, 0, 0, 0, TORONTO), 1));

		PeakHours peak = PeakHours.of(starts, FROM, TO, TORONTO);

		assertThat(peak.heatMap()).hasSize(7).allSatisfy((day) -> assertThat(day).hasSize(24));
		assertThat(peak.heatMap().get(0).get(9)).isEqualTo(7);
		assertThat(peak.heatMap().get(2).get(14)).isEqualTo(4);
		assertThat(peak.top()).containsExactly(new PeakHours.Hour(DayOfWeek.MONDAY, 9, 7),
				new PeakHours.Hour(DayOfWeek.WEDNESDAY, 14, 4), new PeakHours.Hour(DayOfWeek.FRIDAY, 16, 3));
	}

	@Test
	void leavesOutCallsOutsideTheWindowAndHoursWithoutCalls() {
		List<Instant> starts = List.of(FROM.minusSeconds(1), TO, FROM);

		PeakHours peak = PeakHours.of(starts, FROM, TO, TORONTO);

		assertThat(peak.top()).hasSize(1);
		assertThat(peak.heatMap().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isOne();
	}

	@Test
	void equalHoursRankEarlierInTheWeekFirst() {
		List<Instant> starts = new ArrayList<>();
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 27, 10, 0, 0, 0, TORONTO), 2));
		starts.addAll(calls(ZonedDateTime.of(2026, 6, 23, 10, 0, 0, 0, TORONTO), 2));

		assertThat(PeakHours.of(starts, FROM, TO, TORONTO).top()).extracting(PeakHours.Hour::dayOfWeek)
			.containsExactly(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
	}

	@Test
	void stJohnsHoursAreItsLocalHours() {
		ZoneId stJohns = ZoneId.of("America/St_Johns");
		Instant start = ZonedDateTime.of(2026, 6, 22, 9, 40, 0, 0, stJohns).toInstant();

		PeakHours peak = PeakHours.of(List.of(start), FROM, TO, stJohns);

		assertThat(peak.top()).containsExactly(new PeakHours.Hour(DayOfWeek.MONDAY, 9, 1));
	}

	private static List<Instant> calls(ZonedDateTime at, int count) {
		List<Instant> starts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			starts.add(at.plusMinutes(i).toInstant());
		}
		return starts;
	}

}
