package io.bella.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bella.booking.Appointments.Busy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slot computation without a database: grid, breaks, buffers, closed dates and both
 * daylight-saving changes in Toronto.
 */
class AvailabilityCalculatorTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Duration GRID = Duration.ofMinutes(15);

	static final Visit CHECKUP = new Visit(1L, Duration.ofMinutes(30), 0, 0);

	@Test
	void slotsFollowTheGridAndSkipTheLunchBreak() {
		List<Slot> slots = slots(schedule(1, weekdays(range(9, 0, 17, 0)), Set.of()), List.of(), CHECKUP,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));

		assertThat(slots).hasSize(26);
		assertThat(local(slots.get(0))).isEqualTo("2026-03-03T09:00");
		assertThat(slots).extracting(AvailabilityCalculatorTests::local)
			.contains("2026-03-03T11:30", "2026-03-03T13:00", "2026-03-03T16:30")
			.doesNotContain("2026-03-03T11:45", "2026-03-03T12:00", "2026-03-03T12:30", "2026-03-03T16:45");
	}

	@Test
	void slotsStartOnTheGridEvenWhenHoursDoNot() {
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		hours.put(DayOfWeek.TUESDAY, List.of(new TimeRange(LocalTime.of(9, 10), LocalTime.of(10, 0))));

		List<Slot> slots = slots(new ProviderSchedule(1, hours, Set.of()), List.of(), CHECKUP, LocalDate.of(2026, 3, 3),
				LocalDate.of(2026, 3, 3));

		assertThat(slots).extracting(AvailabilityCalculatorTests::local)
			.containsExactly("2026-03-03T09:15", "2026-03-03T09:30");
	}

	@Test
	void busyTimeAndBuffersRemoveSlots() {
		Instant ten = LocalDate.of(2026, 3, 3).atTime(10, 0).atZone(TORONTO).toInstant();
		List<Busy> busy = List.of(new Busy(1, ten, ten.plus(Duration.ofMinutes(70))));
		Visit withBufferBefore = new Visit(null, Duration.ofMinutes(30), 15, 0);

		List<String> plain = slots(schedule(1, weekdays(range(9, 0, 12, 0)), Set.of()), busy, CHECKUP,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3))
			.stream()
			.map(AvailabilityCalculatorTests::local)
			.toList();
		List<String> buffered = slots(schedule(1, weekdays(range(9, 0, 12, 0)), Set.of()), busy, withBufferBefore,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3))
			.stream()
			.map(AvailabilityCalculatorTests::local)
			.toList();

		assertThat(plain).contains("2026-03-03T09:30", "2026-03-03T11:15")
			.doesNotContain("2026-03-03T09:45", "2026-03-03T10:00", "2026-03-03T11:00");
		// the buffer before a visit needs free time after the busy span, not before it
		assertThat(buffered).contains("2026-03-03T09:30", "2026-03-03T11:30").doesNotContain("2026-03-03T11:15");
	}

	@Test
	void closedDatesHaveNoSlots() {
		List<Slot> slots = slots(schedule(1, weekdays(range(9, 0, 17, 0)), Set.of(LocalDate.of(2026, 4, 3))), List.of(),
				CHECKUP, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6));

		assertThat(slots).extracting((slot) -> slot.startsAt().atZone(TORONTO).toLocalDate())
			.containsOnly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6));
	}

	@Test
	void wallClockHoursHoldAcrossTheSpringForwardWeek() {
		List<Slot> slots = slots(schedule(1, weekdays(range(9, 0, 10, 0)), Set.of()), List.of(), CHECKUP,
				LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10));

		// Friday is EST (-05:00); after Sunday 8 March, Monday and Tuesday are EDT
		// (-04:00)
		assertThat(slots).extracting((slot) -> slot.startsAt().atZone(TORONTO).toOffsetDateTime().toString())
			.containsExactly("2026-03-06T09:00-05:00", "2026-03-06T09:15-05:00", "2026-03-06T09:30-05:00",
					"2026-03-09T09:00-04:00", "2026-03-09T09:15-04:00", "2026-03-09T09:30-04:00",
					"2026-03-10T09:00-04:00", "2026-03-10T09:15-04:00", "2026-03-10T09:30-04:00");
		assertThat(slots).allSatisfy((slot) -> assertThat(Duration.between(slot.startsAt(), slot.endsAt()))
			.isEqualTo(Duration.ofMinutes(30)));
	}

	@Test
	void wallClockHoursHoldAcrossTheFallBackWeek() {
		List<Slot> slots = slots(schedule(1, weekdays(range(9, 0, 9, 30)), Set.of()), List.of(), CHECKUP,
				LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2));

		assertThat(slots).extracting(Slot::startsAt)
			.containsExactly(Instant.parse("2026-10-30T13:00:00Z"), Instant.parse("2026-11-02T14:00:00Z"));
	}

	@Test
	void noSlotStartsInTheHourThatDoesNotExist() {
		Map<DayOfWeek, List<TimeRange>> night = new EnumMap<>(DayOfWeek.class);
		night.put(DayOfWeek.SUNDAY, List.of(new TimeRange(LocalTime.of(1, 0), LocalTime.of(4, 0))));

		List<Slot> slots = slots(new ProviderSchedule(1, night, Set.of()), List.of(), CHECKUP, LocalDate.of(2026, 3, 8),
				LocalDate.of(2026, 3, 8));

		assertThat(slots).extracting(AvailabilityCalculatorTests::local)
			.noneMatch((time) -> time.startsWith("2026-03-08T02:"))
			.contains("2026-03-08T01:45", "2026-03-08T03:00", "2026-03-08T03:30");
		assertThat(slots).allSatisfy((slot) -> assertThat(Duration.between(slot.startsAt(), slot.endsAt()))
			.isEqualTo(Duration.ofMinutes(30)));
	}

	@Test
	void earliestAndLatestBoundTheSearchAndLimitStopsIt() {
		ProviderSchedule ng = schedule(1, weekdays(range(9, 0, 17, 0)), Set.of());
		Instant earliest = LocalDate.of(2026, 3, 3).atTime(15, 50).atZone(TORONTO).toInstant();
		Instant latest = LocalDate.of(2026, 3, 4).atTime(9, 30).atZone(TORONTO).toInstant();

		List<Slot> bounded = AvailabilityCalculator.slots(Map.of(1L, ng), List.of(), CHECKUP, TORONTO,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), earliest, latest, GRID, 100);
		List<Slot> limited = AvailabilityCalculator.slots(Map.of(1L, ng), List.of(), CHECKUP, TORONTO,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), Instant.MIN, Instant.MAX, GRID, 3);

		assertThat(bounded).extracting(AvailabilityCalculatorTests::local)
			.containsExactly("2026-03-03T16:00", "2026-03-03T16:15", "2026-03-03T16:30", "2026-03-04T09:00",
					"2026-03-04T09:15", "2026-03-04T09:30");
		assertThat(limited).hasSize(3);
	}

	@Test
	void slotsOfSeveralProvidersAreOrderedByTimeThenProvider() {
		Map<Long, ProviderSchedule> schedules = new LinkedHashMap<>();
		schedules.put(1L, schedule(1, weekdays(range(10, 0, 11, 0)), Set.of()));
		schedules.put(2L, schedule(2, weekdays(range(9, 30, 10, 30)), Set.of()));

		List<Slot> slots = AvailabilityCalculator.slots(schedules, List.of(), CHECKUP, TORONTO,
				LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), Instant.MIN, Instant.MAX, GRID, 100);

		assertThat(slots).extracting((slot) -> local(slot) + "/" + slot.providerId())
			.containsExactly("2026-03-03T09:30/2", "2026-03-03T09:45/2", "2026-03-03T10:00/1", "2026-03-03T10:00/2",
					"2026-03-03T10:15/1", "2026-03-03T10:30/1");
	}

	private static List<Slot> slots(ProviderSchedule schedule, List<Busy> busy, Visit visit, LocalDate from,
			LocalDate to) {
		return AvailabilityCalculator.slots(Map.of(schedule.providerId(), schedule), busy, visit, TORONTO, from, to,
				Instant.MIN, Instant.MAX, GRID, Integer.MAX_VALUE);
	}

	/**
	 * A schedule with a 12:00-13:00 lunch break on every working day.
	 */
	private static ProviderSchedule schedule(long id, Map<DayOfWeek, List<TimeRange>> hours, Set<LocalDate> closed) {
		Map<DayOfWeek, List<TimeRange>> withBreaks = new EnumMap<>(DayOfWeek.class);
		hours.forEach((day, ranges) -> withBreaks.put(day, ranges.stream()
			.flatMap((range) -> range.minus(List.of(new TimeRange(LocalTime.NOON, LocalTime.of(13, 0)))).stream())
			.toList()));
		return new ProviderSchedule(id, withBreaks, closed);
	}

	private static Map<DayOfWeek, List<TimeRange>> weekdays(TimeRange range) {
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.put(day, List.of(range));
		}
		return hours;
	}

	private static TimeRange range(int fromHour, int fromMinute, int toHour, int toMinute) {
		return new TimeRange(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
	}

	private static String local(Slot slot) {
		return slot.startsAt().atZone(TORONTO).toLocalDateTime().toString();
	}

}
