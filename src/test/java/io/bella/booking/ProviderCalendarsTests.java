package io.bella.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bella.booking.Appointments.Busy;
import io.bella.booking.BookingRuleException.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Busy times from providers' own calendars, without a database: their blocks remove the
 * slots they overlap (buffers included), an import older than the maximum age or one that
 * does not reach a time blocks the provider then, and a provider without a calendar is
 * left alone without a read.
 */
class ProviderCalendarsTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

	static final Instant NOW = TUESDAY.atTime(8, 0).atZone(TORONTO).toInstant();

	static final long SYNCED = 1;

	static final long UNSYNCED = 2;

	final BusyBlocks blocks = mock(BusyBlocks.class);

	final Schedules schedules = mock(Schedules.class);

	final ProviderCalendars calendars = new ProviderCalendars(this.blocks, this.schedules,
			new ExternalBusyProperties(Duration.ofMinutes(60)), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aBusyBlockRemovesTheSlotsItOverlapsWithTheirBuffers() {
		imported(NOW.minus(Duration.ofMinutes(10)), NOW, NOW.plus(Duration.ofDays(90)), block(10, 0, 10, 30));
		Visit checkup = new Visit(null, Duration.ofMinutes(30), 0, 0);
		Visit hour = new Visit(null, Duration.ofMinutes(60), 0, 0);
		Visit cleaning = new Visit(null, Duration.ofMinutes(60), 0, 10);

		assertThat(morning(checkup)).contains("09:30", "10:30").doesNotContain("09:45", "10:00", "10:15");
		assertThat(morning(hour)).contains("09:00", "10:30").doesNotContain("09:15", "10:15");
		// the cleaning's ten minutes after would run into the block
		assertThat(morning(cleaning)).contains("10:30").doesNotContain("09:00", "09:15");
	}

	@Test
	void aBlockOverlappingABookedAppointmentStillRemovesItsSlots() {
		imported(NOW.minus(Duration.ofMinutes(10)), NOW, NOW.plus(Duration.ofDays(90)), block(9, 0, 11, 0));
		List<Busy> booked = List.of(new Busy(SYNCED, at(9, 30), at(9, 45)));

		List<String> slots = slots(checkupVisit(), booked);

		assertThat(slots).contains("11:00").doesNotContain("09:00", "09:45", "10:00", "10:30");
	}

	@Test
	void anImportOlderThanTheMaximumAgeBlocksTheProviderAndNoOneElse() {
		imported(NOW.minus(Duration.ofMinutes(61)), NOW.minus(Duration.ofMinutes(61)), NOW.plus(Duration.ofDays(90)));

		assertThat(slotsOf(checkupVisit(), List.of())).noneMatch((slot) -> slot.providerId() == SYNCED)
			.anyMatch((slot) -> slot.providerId() == UNSYNCED);
		BookingRuleException refused = catchThrowableOfType(BookingRuleException.class,
				() -> this.calendars.check(SYNCED, at(9, 0), at(9, 30)));
		assertThat(refused.rule()).isEqualTo(Rule.CALENDAR_NOT_SYNCHRONISED);
		assertThat(refused.getMessage()).contains("calendar has not been synchronised recently");
	}

	@Test
	void aProviderWithACalendarAndNoImportHasNoAvailability() {
		given(this.schedules.withCalendar()).willReturn(Set.of(SYNCED));
		given(this.blocks.read(anySet(), any(), any())).willReturn(new BusyBlocks.Read(Map.of(), List.of()));

		assertThat(slotsOf(checkupVisit(), List.of())).isNotEmpty().allMatch((slot) -> slot.providerId() == UNSYNCED);
		assertThat(catchThrowableOfType(BookingRuleException.class,
				() -> this.calendars.check(SYNCED, at(9, 0), at(9, 30)))
			.rule()).isEqualTo(Rule.CALENDAR_NOT_SYNCHRONISED);
	}

	@Test
	void timesBeyondTheImportedWindowAreBlocked() {
		imported(NOW.minus(Duration.ofMinutes(5)), NOW, at(11, 0));

		assertThat(slots(checkupVisit(), List.of())).contains("09:00", "10:30").doesNotContain("10:45", "11:00");
		assertThat(catchThrowableOfType(BookingRuleException.class,
				() -> this.calendars.check(SYNCED, at(10, 45), at(11, 15)))
			.rule()).isEqualTo(Rule.CALENDAR_NOT_SYNCHRONISED);
		assertThatNoException().isThrownBy(() -> this.calendars.check(SYNCED, at(10, 30), at(11, 0)));
	}

	@Test
	void bookingIntoABlockIsRefusedAsCalendarBusy() {
		imported(NOW.minus(Duration.ofMinutes(10)), NOW, NOW.plus(Duration.ofDays(90)), block(10, 0, 10, 30));

		BookingRuleException refused = catchThrowableOfType(BookingRuleException.class,
				() -> this.calendars.check(SYNCED, at(10, 0), at(10, 30)));

		assertThat(refused.rule()).isEqualTo(Rule.CALENDAR_BUSY);
	}

	@Test
	void aProviderWithoutACalendarIsNotReadAtAll() {
		given(this.schedules.withCalendar()).willReturn(Set.of(SYNCED));

		assertThat(this.calendars.busy(List.of(UNSYNCED), at(0, 0), at(23, 0))).isEmpty();
		assertThatNoException().isThrownBy(() -> this.calendars.check(UNSYNCED, at(10, 0), at(10, 30)));
		verify(this.blocks, never()).read(anySet(), any(), any());
	}

	private void imported(Instant importedAt, Instant coversFrom, Instant coversTo, BusyBlock... busy) {
		given(this.schedules.withCalendar()).willReturn(Set.of(SYNCED));
		given(this.blocks.read(anySet(), any(), any())).willAnswer((call) -> {
			Instant from = call.getArgument(1);
			Instant to = call.getArgument(2);
			List<Busy> touching = new ArrayList<>();
			for (BusyBlock block : busy) {
				if (block.startsAt().isBefore(to) && block.endsAt().isAfter(from)) {
					touching.add(new Busy(SYNCED, block.startsAt(), block.endsAt()));
				}
			}
			return new BusyBlocks.Read(Map.of(SYNCED, new BusyCoverage(SYNCED, importedAt, coversFrom, coversTo)),
					touching);
		});
	}

	private List<String> morning(Visit visit) {
		return slots(visit, List.of());
	}

	private List<String> slots(Visit visit, List<Busy> booked) {
		return slotsOf(visit, booked).stream()
			.filter((slot) -> slot.providerId() == SYNCED)
			.map((slot) -> slot.startsAt().atZone(TORONTO).toLocalTime().toString())
			.toList();
	}

	/**
	 * The slots on Tuesday morning, as Availability computes them: booked time and the
	 * calendars' busy time together, by provider and start.
	 */
	private List<Slot> slotsOf(Visit visit, List<Busy> booked) {
		Instant dayStart = TUESDAY.atStartOfDay(TORONTO).toInstant();
		Instant dayEnd = TUESDAY.plusDays(1).atStartOfDay(TORONTO).toInstant();
		List<Busy> busy = new ArrayList<>(booked);
		busy.addAll(this.calendars.busy(List.of(SYNCED, UNSYNCED), dayStart, dayEnd));
		busy.sort(Comparator.comparingLong(Busy::providerId).thenComparing(Busy::from));
		Map<Long, ProviderSchedule> schedules = new LinkedHashMap<>();
		schedules.put(SYNCED, morningSchedule(SYNCED));
		schedules.put(UNSYNCED, morningSchedule(UNSYNCED));
		return AvailabilityCalculator.slots(schedules, busy, visit, TORONTO, TUESDAY, TUESDAY, NOW,
				NOW.plus(Duration.ofDays(90)), Duration.ofMinutes(15), Integer.MAX_VALUE);
	}

	private static ProviderSchedule morningSchedule(long providerId) {
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		hours.put(DayOfWeek.TUESDAY, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0))));
		return new ProviderSchedule(providerId, hours, Set.of());
	}

	private static Visit checkupVisit() {
		return new Visit(null, Duration.ofMinutes(30), 0, 0);
	}

	private static BusyBlock block(int fromHour, int fromMinute, int toHour, int toMinute) {
		return new BusyBlock(at(fromHour, fromMinute), at(toHour, toMinute));
	}

	private static Instant at(int hour, int minute) {
		return TUESDAY.atTime(hour, minute).atZone(TORONTO).toInstant();
	}

}
