package io.bella.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.bella.booking.Availability;
import io.bella.booking.AvailabilityQuery;
import io.bella.booking.Slot;
import io.bella.dialogue.SlotFinder.Criteria;
import io.bella.dialogue.SlotFinder.Match;
import io.bella.dialogue.SlotFinder.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The dialogue's pieces that need no database: how things are said, which option a caller
 * picked, what counts as an emergency, and which slots are offered.
 */
class DialogueEngineTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-03-10 | Tuesday, March 10th
			2026-03-01 | Sunday, March 1st
			2026-03-02 | Monday, March 2nd
			2026-03-03 | Tuesday, March 3rd
			2026-03-11 | Wednesday, March 11th
			2026-03-12 | Thursday, March 12th
			2026-03-13 | Friday, March 13th
			2026-03-22 | Sunday, March 22nd
			2026-03-31 | Tuesday, March 31st
			""")
	void datesAreReadWithWeekdayMonthAndOrdinalDay(LocalDate date, String spoken) {
		assertThat(SpokenForms.date(date)).isEqualTo(spoken);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			10:00 | 10 a.m.
			09:15 | 9:15 a.m.
			12:00 | noon
			12:30 | 12:30 p.m.
			14:00 | 2 p.m.
			16:45 | 4:45 p.m.
			00:00 | 12 a.m.
			""")
	void timesAreReadTheWayPeopleSayThem(LocalTime time, String spoken) {
		assertThat(SpokenForms.time(time)).isEqualTo(spoken);
	}

	@Test
	void phoneNumbersAreReadBackInDigitGroups() {
		assertThat(SpokenForms.phone("+14165550123")).isEqualTo("4 1 6, 5 5 5, 0 1 2 3");
		assertThat(SpokenForms.phone("+442071838750")).isEqualTo("4 4 2 0 7 1 8 3 8 7 5 0");
	}

	@Test
	void providersAreCalledByTitleAndLastName() {
		assertThat(SpokenForms.provider("Dr. Sarah Ng")).isEqualTo("Dr. Ng");
		assertThat(SpokenForms.provider("Dr. Marc Tremblay")).isEqualTo("Dr. Tremblay");
		assertThat(SpokenForms.provider("Jane Doe")).isEqualTo("Jane Doe");
	}

	@Test
	void listsAndVisitsReadNaturally() {
		assertThat(SpokenForms.either(List.of("a", "b"))).isEqualTo("a or b");
		assertThat(SpokenForms.either(List.of("a", "b", "c"))).isEqualTo("a, b, or c");
		assertThat(SpokenForms.both(List.of("a", "b"))).isEqualTo("a and b");
		assertThat(SpokenForms.visit("cleaning")).isEqualTo("a cleaning");
		assertThat(SpokenForms.visit("emergency")).isEqualTo("an emergency visit");
		assertThat(SpokenForms.visit(null)).isEqualTo("an appointment");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			the first one           | 3 | 0
			first                   | 2 | 0
			the 1st                 | 3 | 0
			the second one please   | 3 | 1
			the middle one          | 3 | 1
			the third               | 3 | 2
			the last one            | 3 | 2
			the last one            | 2 | 1
			the earlier one         | 2 | 0
			the later one           | 3 | 2
			""")
	void ordinalsPickAnOption(String said, int size, int index) {
		assertThat(OfferReferences.ordinal(said, size)).isEqualTo(index);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ten o'clock", "the third one", "any of them", "" })
	void noOrdinalOrAnOutOfRangeOneIsNoPick(String said) {
		assertThat(OfferReferences.ordinal(said, 2)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "this is an emergency", "i'm in severe pain", "my gum is bleeding", "my face is swollen",
			"there's swelling on my jaw", "my tooth got knocked out" })
	void emergencyWordsAreRecognized(String said) {
		assertThat(CallerPhrases.isEmergency(said)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "it's not an emergency just a cleaning", "i'd like a checkup", "my tooth aches a bit" })
	void ordinaryRequestsAreNoEmergency(String said) {
		assertThat(CallerPhrases.isEmergency(said)).isFalse();
	}

	@Test
	void aNameForSomeoneElseIsRecognized() {
		assertThat(CallerPhrases.isForSomeoneElse("it's for my son his name is lucas roy")).isTrue();
		assertThat(CallerPhrases.isForSomeoneElse("her name is mia wong")).isTrue();
		assertThat(CallerPhrases.isForSomeoneElse("this is emily roy")).isFalse();
	}

	@Test
	void theExactTimeAskedForIsOfferedAloneWhenFree() {
		SlotFinder finder = finderWith(slots(MONDAY.plusDays(1), 1, "09:00", "09:30", "10:00", "10:30"));

		Search search = finder.find(criteria(MONDAY.plusDays(1), LocalTime.of(10, 0), null, null), MONDAY, TORONTO);

		assertThat(search.match()).isEqualTo(Match.EXACT);
		assertThat(search.options()).singleElement()
			.extracting(CallSession.SlotOption::startsAt)
			.isEqualTo(at(MONDAY.plusDays(1), "10:00"));
	}

	@Test
	void theNearestTimesThatDayAreOfferedWhenTheExactOneIsTaken() {
		SlotFinder finder = finderWith(slots(MONDAY.plusDays(1), 1, "09:00", "11:00", "11:15", "15:00"));

		Search search = finder.find(criteria(MONDAY.plusDays(1), LocalTime.of(10, 0), null, null), MONDAY, TORONTO);

		assertThat(search.match()).isEqualTo(Match.NEAR);
		assertThat(search.options()).extracting(CallSession.SlotOption::startsAt)
			.containsExactly(at(MONDAY.plusDays(1), "09:00"), at(MONDAY.plusDays(1), "11:00"));
	}

	@Test
	void aWindowKeepsOptionsInsideItAndSpreadsThem() {
		SlotFinder finder = finderWith(
				slots(MONDAY.plusDays(2), 1, "09:00", "13:00", "13:15", "13:30", "14:30", "15:00", "16:00"));

		Search search = finder.find(criteria(MONDAY.plusDays(2), null, LocalTime.NOON, LocalTime.of(17, 0)), MONDAY,
				TORONTO);

		assertThat(search.match()).isEqualTo(Match.NEAR);
		assertThat(search.options()).extracting(CallSession.SlotOption::startsAt)
			.containsExactly(at(MONDAY.plusDays(2), "13:00"), at(MONDAY.plusDays(2), "14:30"),
					at(MONDAY.plusDays(2), "16:00"));
	}

	@Test
	void aDayWithNothingFreeFallsBackToTheNextOpenings() {
		LocalDate sunday = LocalDate.of(2026, 3, 15);
		Availability availability = mock(Availability.class);
		given(availability.find(any())).willAnswer((invocation) -> {
			AvailabilityQuery query = invocation.getArgument(0);
			return query.from().equals(sunday) ? List.of() : slots(sunday.plusDays(1), 1, "09:00", "09:15", "11:00");
		});

		Search search = new SlotFinder(availability).find(criteria(sunday, null, null, null), MONDAY, TORONTO);

		assertThat(search.match()).isEqualTo(Match.ELSEWHERE);
		assertThat(search.options()).extracting(CallSession.SlotOption::startsAt)
			.containsExactly(at(sunday.plusDays(1), "09:00"), at(sunday.plusDays(1), "11:00"));
	}

	@Test
	void oneOptionPerTimeEvenWhenSeveralProvidersAreFree() {
		List<Slot> both = new ArrayList<>(slots(MONDAY.plusDays(1), 1, "10:00"));
		both.addAll(slots(MONDAY.plusDays(1), 2, "10:00"));
		SlotFinder finder = finderWith(both);

		Search search = finder.find(criteria(MONDAY.plusDays(1), LocalTime.of(10, 0), null, null), MONDAY, TORONTO);

		assertThat(search.options()).singleElement().extracting(CallSession.SlotOption::providerId).isEqualTo(1L);
	}

	@Test
	void searchesWithoutADateLookAtMostTwoWeeksAhead() {
		Availability availability = mock(Availability.class);
		List<AvailabilityQuery> queries = new ArrayList<>();
		given(availability.find(any())).willAnswer((invocation) -> {
			queries.add(invocation.getArgument(0));
			return List.of();
		});

		Search search = new SlotFinder(availability).find(criteria(null, LocalTime.of(10, 0), null, null), MONDAY,
				TORONTO);

		assertThat(search.match()).isEqualTo(Match.NONE);
		assertThat(queries).isNotEmpty()
			.allSatisfy((query) -> assertThat(query.to())
				.isBeforeOrEqualTo(MONDAY.plusDays(SlotFinder.SEARCH_DAYS + SlotFinder.FALLBACK_DAYS)))
			.first()
			.satisfies((query) -> assertThat(query.to()).isEqualTo(MONDAY.plusDays(SlotFinder.SEARCH_DAYS - 1)));
	}

	private static SlotFinder finderWith(List<Slot> slots) {
		Availability availability = mock(Availability.class);
		given(availability.find(any())).willReturn(slots);
		return new SlotFinder(availability);
	}

	private static Criteria criteria(LocalDate date, LocalTime time, LocalTime windowFrom, LocalTime windowTo) {
		return new Criteria(date, time, windowFrom, windowTo, null, null, 1L, null, null, null, When.Limits.NONE,
				Set.of());
	}

	static List<Slot> slots(LocalDate date, long providerId, String... times) {
		List<Slot> slots = new ArrayList<>();
		for (String time : times) {
			Instant start = at(date, time);
			slots.add(new Slot(providerId, start, start.plusSeconds(1800)));
		}
		return slots;
	}

	static Instant at(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), TORONTO).toInstant();
	}

}
