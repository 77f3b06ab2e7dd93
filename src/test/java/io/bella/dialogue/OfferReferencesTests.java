package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.OfferReferences.Pick;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which offered time a caller's words point at, said the way people say it on the phone:
 * lower case, no punctuation, numbers as words.
 */
class OfferReferencesTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/**
	 * Tuesday 9 a.m. with provider 1, Tuesday 2:30 p.m. with 2, Wednesday 10 a.m. with 1.
	 */
	static final List<SlotOption> OFFERS = List.of(option(10, 9, 0, 1), option(10, 14, 30, 2), option(11, 10, 0, 1));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			the first one                       | -   | -          | 0
			first                               | -   | -          | 0
			the 1st                             | -   | -          | 0
			yeah the first one                  | -   | -          | 0
			the second one please               | -   | -          | 1
			um the uh second one                | -   | -          | 1
			number two                          | -   | -          | 1
			option 3                            | -   | -          | 2
			option three                        | -   | -          | 2
			the middle one                      | -   | -          | 1
			the last one                        | -   | -          | 2
			the third                           | -   | -          | 2
			the earlier one                     | -   | -          | 0
			the later one                       | -   | -          | 2
			the earliest                        | -   | -          | 0
			whatever you have first             | -   | -          | 0
			the first you have                  | -   | -          | 0
			the morning one                     | -   | -          | 0,2
			the afternoon one                   | -   | -          | 1
			the tuesday one                     | -   | -          | 0,1
			wednesday                           | -   | -          | 2
			the wednesday one                   | -   | -          | 2
			the two thirty one                  | -   | -          | 1
			the 2:30 one                        | -   | -          | 1
			i'll take the one at two thirty     | -   | -          | 1
			half past two                       | -   | -          | 1
			ten                                 | -   | -          | 2
			the ten o clock                     | -   | -          | 2
			the ten o'clock one                 | -   | -          | 2
			the 10 am one                       | -   | -          | 2
			nine                                | -   | -          | 0
			the nine a m one                    | -   | -          | 0
			around nine please                  | -   | -          | 0
			the one with dr ng                  | 1   | -          | 0,2
			the one with tremblay               | 2   | -          | 1
			the tuesday one with ng             | 1   | -          | 0
			the later one on tuesday            | -   | -          | 1
			the earlier one on tuesday          | -   | -          | 0
			the morning one on wednesday        | -   | -          | 2
			nine or two thirty                  | -   | -          | 0,1
			that one                            | -   | -          | 2
			that one sounds great               | -   | -          | 2
			no that one                         | -   | -          | 2
			i'd rather not take that one        | -   | -          | none
			i don't want that one               | -   | -          | none
			hmm not that time                   | -   | -          | none
			the first thing in the morning      | -   | -          | 0
			not the first one                   | -   | -          | 1,2
			anything except the last one        | -   | -          | 0,1
			first thing in the morning          | -   | -          | 0
			the tenth                           | -   | -          | none
			on second thought                   | -   | -          | none
			one of those                        | -   | -          | none
			give me a second                    | -   | -          | none
			it's my first time                  | -   | -          | none
			anything after three                | -   | -          | none
			something before ten                | -   | -          | none
			not tuesday                         | -   | -          | none
			any day but wednesday               | -   | -          | none
			the latest you have that day        | -   | -          | none
			something later                     | -   | -          | none
			anything earlier                    | -   | -          | none
			in two weeks                        | -   | -          | none
			december twenty first               | -   | 2026-12-21 | missed
			the first of april                  | -   | 2026-04-01 | missed
			the one at one                      | -   | -          | missed
			thursday                            | -   | -          | missed
			on second thought can we do thursday | -  | -          | missed
			the one at four                     | -   | -          | missed
			""")
	void wordsPointAtTheOptionsThatFitThem(String said, String provider, LocalDate date, String expected) {
		Set<Long> providers = (provider != null) ? Set.of(Long.parseLong(provider)) : Set.of();

		Pick pick = OfferReferences.resolve(said, OFFERS, TORONTO, providers, date);

		switch (expected) {
			case "none" -> assertThat(pick.named()).as("named").isFalse();
			case "missed" -> assertThat(pick.missed()).as("missed").isTrue();
			default -> assertThat(pick.options()).containsExactlyElementsOf(
					Arrays.stream(expected.split(",")).map((index) -> OFFERS.get(Integer.parseInt(index))).toList());
		}
	}

	@Test
	void aPositionBeyondTheOptionsPointsAtNothingAndNamesNoDay() {
		Pick pick = OfferReferences.resolve("the third one", OFFERS.subList(0, 2), TORONTO, Set.of(), null);

		assertThat(pick.missed()).isTrue();
		assertThat(pick.missedWhen()).isFalse();
	}

	@Test
	void thatOneWithASingleOptionIsIt() {
		Pick pick = OfferReferences.resolve("yeah that one", OFFERS.subList(1, 2), TORONTO, Set.of(), null);

		assertThat(pick.options()).containsExactly(OFFERS.get(1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			the two thirty one                     | 2:30
			ten thirty                             | 10:30
			half past two                          | 2:30
			quarter to twelve                      | 11:45
			quarter past nine                      | 9:15
			the 9 am one                           | 9:00am
			four forty five p m                    | 4:45pm
			two oh five                            | 2:05
			noon                                   | 12:00pm
			the one at one                         | 1:00
			one o'clock                            | 1:00
			10:30                                  | 10:30
			""")
	void clockTimesAreReadFromWordsAndDigits(String said, String clock) {
		assertThat(SpokenClock.clocks(SpokenClock.tokens(said))).singleElement()
			.satisfies((read) -> assertThat(read.hour() + ":" + String.format("%02d", read.minute())
					+ ((read.pm() == null) ? "" : read.pm() ? "pm" : "am"))
				.isEqualTo(clock));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			the first one
			the earlier one
			after three
			before noon
			two to four
			number two
			one of those
			march twenty one
			in two weeks
			on second thought
			""")
	void numbersThatAreNoTimesAreNotReadAsTimes(String said) {
		assertThat(SpokenClock.clocks(SpokenClock.tokens(said))).isEmpty();
	}

	@Test
	void strayDatesAndTimesAreDroppedButSaidOnesKept() {
		assertThat(OfferReferences.withoutStrayReadings(reading(LocalDate.of(2026, 4, 2), null), "the second").date())
			.isNull();
		assertThat(OfferReferences.withoutStrayReadings(reading(null, LocalTime.of(13, 0)), "the earlier one").time())
			.isNull();
		assertThat(OfferReferences.withoutStrayReadings(reading(null, LocalTime.of(13, 0)), "the one at one").time())
			.isEqualTo(LocalTime.of(13, 0));
		assertThat(OfferReferences
			.withoutStrayReadings(reading(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0)), "tomorrow at ten")
			.startsAt()).isNull();
		assertThat(
				OfferReferences.withoutStrayReadings(reading(LocalDate.of(2026, 12, 21), null), "december twenty first")
					.date())
			.isEqualTo(LocalDate.of(2026, 12, 21));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			not mondays                       | MONDAY
			any day but friday                | FRIDAY
			anything except friday            | FRIDAY
			tuesdays don't work for me        | TUESDAY
			monday is out                     | MONDAY
			no mondays or fridays             | MONDAY,FRIDAY
			""")
	void weekdaysRuledOutAreRead(String said, String days) {
		assertThat(OfferConstraints.excludedDays(said)).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()));
	}

	@Test
	void weekdaysAskedForAreNotRuledOut() {
		assertThat(OfferConstraints.excludedDays("thursday works")).isEmpty();
		assertThat(OfferConstraints.excludedDays("can we do friday instead")).isEmpty();
		assertThat(OfferConstraints.excludedDays("no thursday")).isEmpty();
	}

	@Test
	void constraintsOnTheNextTimesAreRecognized() {
		assertThat(OfferConstraints.asksLatestInDay("the latest you have that day")).isTrue();
		assertThat(OfferConstraints.asksLatestInDay("whats the last appointment available")).isTrue();
		assertThat(OfferConstraints.asksLatestInDay("the last one")).isFalse();
		assertThat(OfferConstraints.asksDifferentDay("can we do a different day")).isTrue();
		assertThat(OfferConstraints.asksDifferentDay("that day doesn't work")).isTrue();
		assertThat(OfferConstraints.asksOtherProvider("can i see someone else")).isTrue();
		assertThat(OfferConstraints.asksOtherProvider("is there another dentist")).isTrue();
		assertThat(OfferConstraints.asksOtherProvider("the one with dr ng")).isFalse();
		assertThat(OfferConstraints.asksEarliestInDay("first thing in the morning")).isTrue();
	}

	private static Extraction reading(LocalDate date, LocalTime time) {
		return new Extraction(Intent.UNKNOWN, date, time, null, null, null, null, null, null, null, 0.5, null);
	}

	private static SlotOption option(int day, int hour, int minute, long providerId) {
		Instant start = ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, TORONTO).toInstant();
		return new SlotOption(providerId, start, start.plusSeconds(1800));
	}

}
