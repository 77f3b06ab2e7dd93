package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.Appointment;
import io.bella.booking.BookingService;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.Reply.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picking among the times read out, narrowing the next search and correcting a read-back,
 * turn by turn against the demo clinic on PostgreSQL and the rule extractor, with the
 * clock at Monday, March 9th 2026, 10 a.m. in Toronto. Callers speak the way a phone
 * transcript reads: lower case, numbers as words.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DialogueOffersIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550177";

	private final DialogueEngine engine;

	private final BookingService bookings;

	private final Patients patients;

	private final Providers providers;

	private final DialogueTurns turns;

	DialogueOffersIntegrationTests(DialogueEngine engine, BookingService bookings, MutableClock clock,
			Patients patients, Providers providers, JdbcClient jdbc) {
		this.engine = engine;
		this.turns = new DialogueTurns(engine, clock, jdbc);
		this.bookings = bookings;
		this.patients = patients;
		this.providers = providers;
	}

	@BeforeEach
	void reset() {
		this.turns.reset(MONDAY_10_AM);
		this.patients.register("Emily Roy", CALLER, null);
	}

	@AfterEach
	void printTranscript() {
		this.turns.print();
	}

	@Test
	void theTwoThirtyOneIsTheTwoThirtyOptionNotOnePm() {
		CallSession call = offeredTuesdayAfternoon();

		assertThat(say(call, "the two thirty one").speech())
			.isEqualTo("So that's Tuesday, March 10th at 2:30 p.m. with Dr. Ng. Shall I book it?");
		say(call, "yes");

		assertThat(bookedStart(call)).isEqualTo(at(10, 14, 30));
	}

	@Test
	void optionsArePickedByNumberWordTimeAndPosition() {
		assertThat(say(offeredTuesdayAfternoon(), "number two").speech()).contains("at 2:30 p.m.");
		assertThat(say(offeredTuesdayAfternoon(), "half past two").speech()).contains("at 2:30 p.m.");
		assertThat(say(offeredTuesdayAfternoon(), "um the last one please").speech()).contains("at 4 p.m.");
		assertThat(say(offeredTuesdayAfternoon(), "the four o clock").speech()).contains("at 4 p.m.");
		assertThat(say(offeredTuesdayAfternoon(), "whatever you have first").speech()).contains("at 1 p.m.");
		assertThat(say(offeredTuesdayAfternoon(), "the one with doctor ng that's the middle one").speech())
			.contains("at 2:30 p.m.");
	}

	@Test
	void aYesNamingTheOptionBooksItAtOnce() {
		CallSession call = offeredTuesdayAfternoon();

		Reply booked = say(call, "yes the first one please");

		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 1 p.m.");
		assertThat(bookedStart(call)).isEqualTo(at(10, 13, 0));
	}

	@Test
	void aTimeThatFitsTwoOptionsAsksWhichInsteadOfGuessing() {
		CallSession call = call();
		start(call);
		Reply offer = say(call, "i'd like a checkup next week in the morning");
		List<SlotOption> options = call.offer().options();
		assertThat(offer.speech()).contains("Monday, March 16th at 9 a.m.");
		assertThat(options).filteredOn((option) -> time(option).equals(LocalTime.of(9, 0))).hasSize(2);

		Reply which = say(call, "the nine o'clock");

		assertThat(which.speech()).isEqualTo("The one on Monday or the one on Tuesday?");
		assertThat(say(call, "tuesday").speech())
			.isEqualTo("So that's Tuesday, March 17th at 9 a.m. with Dr. Ng. Shall I book it?");
	}

	@Test
	void aDateThatIsNoOptionIsANewRequestNotOptionOne() {
		CallSession call = offeredTuesdayAfternoon();

		Reply reply = say(call, "actually march twenty first");

		assertThat(reply.speech()).doesNotContain("So that's").contains("Saturday, March 21st");
		assertThat(call.offer().options()).allSatisfy(
				(option) -> assertThat(option.startsAt().atZone(TORONTO).toLocalDate().getDayOfMonth()).isEqualTo(21));
	}

	@Test
	void onSecondThoughtIsNoSecondOption() {
		CallSession call = offeredTuesdayAfternoon();

		Reply reply = say(call, "on second thought can we do thursday");

		assertThat(reply.speech()).doesNotContain("So that's").contains("Thursday, March 12th");
	}

	@Test
	void theLatestYouHaveThatDayLooksAtTheEndOfThatDay() {
		CallSession call = offeredTuesdayAfternoon();

		Reply reply = say(call, "what's the latest you have that day");

		assertThat(reply.speech()).contains("Tuesday, March 10th", "4:30 p.m.").doesNotContain("1 p.m.");
		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option)).isEqualTo(at(10, 0, 0).atZone(TORONTO).toLocalDate()));
	}

	@Test
	void anythingAfterThreeSearchesAfterThreeAndRepeatsNothing() {
		CallSession call = offeredTuesdayAfternoon();
		List<SlotOption> before = call.offer().options();

		say(call, "anything after three");

		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(time(option)).isAfterOrEqualTo(LocalTime.of(15, 0)))
			.doesNotContainAnyElementsOf(before);
	}

	@Test
	void weekdaysRuledOutAreNotOffered() {
		CallSession call = call();
		start(call);
		say(call, "i need a checkup next week");
		assertThat(call.offer().options())
			.anySatisfy((option) -> assertThat(date(option).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));

		say(call, "not mondays");

		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option).getDayOfWeek()).isNotEqualTo(DayOfWeek.MONDAY));
		say(call, "any day but tuesday");
		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy(
					(option) -> assertThat(date(option).getDayOfWeek()).isNotIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
	}

	@Test
	void aDifferentDayIsNeverTheDayOffered() {
		CallSession call = offeredTuesdayAfternoon();

		say(call, "can we do a different day");

		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option).getDayOfMonth()).isNotEqualTo(10));
	}

	@Test
	void someoneElseIsAnotherProviderNotTheFrontDesk() {
		CallSession call = offeredTuesdayAfternoon();
		long ng = this.providers.findAll().get(0).id();
		assertThat(call.offer().options()).extracting(SlotOption::providerId).containsOnly(ng);

		Reply reply = say(call, "could i see someone else");

		assertThat(reply.action()).isEqualTo(Action.LISTEN);
		assertThat(reply.speech()).contains("Dr. Tremblay");
		assertThat(call.offer().options()).isNotEmpty().extracting(SlotOption::providerId).doesNotContain(ng);
	}

	@Test
	void optionsTurnedDownAreNotOfferedAgain() {
		CallSession call = offeredTuesdayAfternoon();
		List<SlotOption> refused = call.offer().options();

		assertThat(say(call, "no none of those work").speech()).contains("What other day or time");
		say(call, "tomorrow afternoon");

		assertThat(call.offer().options()).isNotEmpty().doesNotContainAnyElementsOf(refused);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hmm none of those work, do you have anything the week after",
			"neither, what about the following week" })
	void theWeekAfterTheOffersIsSearchedWhenNoneOfThemSuits(String said) {
		CallSession call = offeredTuesdayAfternoon();
		List<SlotOption> refused = call.offer().options();

		say(call, said);

		assertThat(call.offer().options()).isNotEmpty()
			.doesNotContainAnyElementsOf(refused)
			.allSatisfy((option) -> assertThat(date(option)).isBetween(java.time.LocalDate.of(2026, 3, 16),
					java.time.LocalDate.of(2026, 3, 22)));
	}

	@Test
	void laterInTheWeekSearchesTheDaysAfterTheOffers() {
		CallSession call = offeredTuesdayAfternoon();

		say(call, "none of those, something later in the week");

		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option)).isAfter(java.time.LocalDate.of(2026, 3, 10)));
	}

	@Test
	void neitherOfTheTimesAsksForAnotherDay() {
		CallSession call = offeredTuesdayAfternoon();

		assertThat(say(call, "those don't work for me").speech()).contains("What other day or time");
	}

	@Test
	void aNoToTheReadBackWithACorrectionActsOnTheCorrection() {
		CallSession call = offeredTuesdayAfternoon();
		assertThat(say(call, "the first one").speech()).contains("at 1 p.m.");

		assertThat(say(call, "no the later one").speech())
			.isEqualTo("So that's Tuesday, March 10th at 4 p.m. with Dr. Ng. Shall I book it?");
		assertThat(say(call, "no thursday").speech()).startsWith("Sure. ").contains("Thursday, March 12th");
		assertThat(call.offer().refused()).contains(at(10, 13, 0), at(10, 16, 0));
	}

	@Test
	void aNoToTheReadBackAskingADifferentDayLeavesThatDay() {
		CallSession call = offeredTuesdayAfternoon();
		say(call, "the first one");

		Reply reply = say(call, "no can we do a different day");

		assertThat(reply.speech()).doesNotContain("Tuesday, March 10th");
		assertThat(call.offer().options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(date(option).getDayOfMonth()).isNotEqualTo(10));
	}

	@Test
	void aSingleOptionIsTakenWithThatOneSoundsGreat() {
		CallSession call = call();
		start(call);
		assertThat(say(call, "i'd like a checkup tomorrow at ten").speech()).endsWith("Would that work?");

		assertThat(say(call, "that one sounds great").speech()).contains("You're all set for Tuesday, March 10th");
	}

	private CallSession offeredTuesdayAfternoon() {
		CallSession call = call();
		start(call);
		Reply offer = say(call, "i'd like to book a checkup for tomorrow afternoon please");
		assertThat(offer.speech()).contains("Tuesday, March 10th at 1 p.m. with Dr. Ng", "at 2:30 p.m.", "at 4 p.m.");
		return call;
	}

	private Instant bookedStart(CallSession call) {
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		return appointment.startsAt();
	}

	private CallSession call() {
		return this.turns.call(CALLER);
	}

	private void start(CallSession call) {
		this.turns.start(call);
	}

	private Reply say(CallSession call, String text) {
		return this.turns.say(call, text);
	}

	private static LocalTime time(SlotOption option) {
		return option.startsAt().atZone(TORONTO).toLocalTime();
	}

	private static java.time.LocalDate date(SlotOption option) {
		return option.startsAt().atZone(TORONTO).toLocalDate();
	}

	private static Instant at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, TORONTO).toInstant();
	}

}
