package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.bella.booking.Availability;
import io.bella.booking.Slot;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.SlotFinder.Criteria;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the caller ruled out and turned down narrows the search: the latest of a day,
 * weekdays and days ruled out, a provider ruled out, times refused earlier in the call.
 */
class SlotFinderTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

	static final LocalDate TUESDAY = MONDAY.plusDays(1);

	private final SlotFinder finder = finderWith(
			DialogueEngineTests.slots(TUESDAY, 1, "09:00", "10:30", "13:00", "14:30", "16:00", "16:30"),
			DialogueEngineTests.slots(MONDAY.plusDays(7), 1, "09:00", "11:00"),
			DialogueEngineTests.slots(TUESDAY.plusDays(7), 2, "09:00", "11:00"));

	@Test
	void theLatestOfTheDayAreOfferedLatestFirstAndReadInOrder() {
		List<SlotOption> options = this.finder
			.find(criteria(TUESDAY, null, When.Limits.NONE.latestFirst(true), Set.of()), MONDAY, TORONTO)
			.options();

		assertThat(options).extracting(SlotFinderTests::time)
			.containsExactly(LocalTime.of(14, 30), LocalTime.of(16, 30));
	}

	@Test
	void weekdaysAndDaysRuledOutAreSkipped() {
		List<SlotOption> options = this.finder
			.find(criteria(null, null, When.Limits.NONE.notOn(Set.of(DayOfWeek.MONDAY)).notOnDates(Set.of(TUESDAY)),
					Set.of()), MONDAY, TORONTO)
			.options();

		assertThat(options).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option)).isEqualTo(TUESDAY.plusDays(7)));
	}

	@Test
	void aProviderRuledOutIsSkipped() {
		List<SlotOption> options = this.finder
			.find(criteria(null, null, When.Limits.NONE.notWith(1L), Set.of()), MONDAY, TORONTO)
			.options();

		assertThat(options).isNotEmpty().extracting(SlotOption::providerId).containsOnly(2L);
	}

	@Test
	void timesRefusedAreNotOfferedAgainUnlessAskedForExactly() {
		Instant nine = DialogueEngineTests.at(TUESDAY, "09:00");

		assertThat(this.finder.find(criteria(TUESDAY, null, When.Limits.NONE, Set.of(nine)), MONDAY, TORONTO).options())
			.isNotEmpty()
			.extracting(SlotOption::startsAt)
			.doesNotContain(nine);
		assertThat(
				this.finder.find(criteria(TUESDAY, LocalTime.of(9, 0), When.Limits.NONE, Set.of(nine)), MONDAY, TORONTO)
					.options())
			.extracting(SlotOption::startsAt)
			.containsExactly(nine);
	}

	private static Criteria criteria(LocalDate date, LocalTime time, When.Limits limits, Set<Instant> refused) {
		return new Criteria(date, time, null, null, null, null, 1L, null, null, null, limits, refused);
	}

	@SafeVarargs
	private static SlotFinder finderWith(List<Slot>... days) {
		List<Slot> all = new ArrayList<>();
		for (List<Slot> day : days) {
			all.addAll(day);
		}
		Availability availability = mock(Availability.class);
		given(availability.find(any())).willAnswer((invocation) -> {
			io.bella.booking.AvailabilityQuery query = invocation.getArgument(0);
			return all.stream()
				.filter((slot) -> !slot.startsAt().atZone(TORONTO).toLocalDate().isBefore(query.from())
						&& !slot.startsAt().atZone(TORONTO).toLocalDate().isAfter(query.to()))
				.toList();
		});
		return new SlotFinder(availability);
	}

	private static LocalTime time(SlotOption option) {
		return option.startsAt().atZone(TORONTO).toLocalTime();
	}

	private static LocalDate date(SlotOption option) {
		return option.startsAt().atZone(TORONTO).toLocalDate();
	}

}
