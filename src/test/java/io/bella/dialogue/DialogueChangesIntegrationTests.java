package io.bella.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
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
 * Whole conversations that change an appointment: cancellations confirmed in the many
 * ways people say yes, corrections and switches between moving and cancelling, moves that
 * name the appointment by its kind of visit, a change of mind right after a booking, and
 * kinds of visit the clinic does not book. Same setup as
 * {@link DialogueEngineIntegrationTests}: Monday, March 9th 2026, 10 a.m. in Toronto.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DialogueChangesIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550177";

	private final DialogueEngine engine;

	private final BookingService bookings;

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final JdbcClient jdbc;

	private final DialogueTurns turns;

	DialogueChangesIntegrationTests(DialogueEngine engine, BookingService bookings, MutableClock clock,
			Patients patients, Providers providers, AppointmentTypes appointmentTypes, JdbcClient jdbc) {
		this.engine = engine;
		this.turns = new DialogueTurns(engine, clock, jdbc);
		this.bookings = bookings;
		this.patients = patients;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void reset() {
		this.turns.reset(MONDAY_10_AM);
	}

	@AfterEach
	void printTranscript() {
		this.turns.print();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hi what time is my appointment on thursday", "do I still have a cleaning booked?",
			"I'd like to confirm my appointment", "I have an appointment this week but forgot what time it is" })
	void aCallerAskingAboutTheirAppointmentHearsItAndNothingChanges(String asked) {
		Appointment cleaning = onFile(at(2026, 3, 12, 14, 0), "cleaning");
		CallSession call = started();

		Reply told = say(call, asked);

		assertThat(told.speech()).startsWith("You have a cleaning on Thursday, March 12th at 2 p.m.")
			.endsWith("Is there anything else I can help you with?");
		assertThat(status(cleaning)).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(bookedAppointments()).containsExactly(cleaning.id());
	}

	@Test
	void aCallerWithNoAppointmentOnTheirNumberIsOfferedTheFrontDesk() {
		CallSession call = started();

		Reply told = say(call, "when is my next appointment");

		assertThat(told.speech())
			.startsWith("I can't find an upcoming appointment under the number you're calling from.");
		assertThat(bookedAppointments()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "yes", "Yes, cancel it please.", "yeah cancel it", "please do", "Sure, go ahead.",
			"that's fine go ahead", "sure thing", "Yes, I'd like to cancel.", "I guess so",
			"yep go ahead and cancel it" })
	void aCancellationCompletesWhateverWordsTheYesTakes(String yes) {
		Appointment checkup = onFile(at(2026, 3, 10, 11, 0), "checkup");
		CallSession call = started();

		assertThat(say(call, "I need to cancel my appointment").speech()).endsWith("Would you like me to cancel it?");
		Reply cancelled = say(call, yes);

		assertThat(cancelled.speech()).contains("is cancelled");
		assertThat(status(checkup)).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
		say(call, "no that's all thanks");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
	}

	@Test
	void anUnsureAnswerHearsTheQuestionPlainlyOnceAndAYesThenCancels() {
		Appointment checkup = onFile(at(2026, 3, 10, 11, 0), "checkup");
		CallSession call = started();
		say(call, "I can't make my appointment tomorrow, I need to cancel it");

		Reply again = say(call, "hmm I'm not sure");
		assertThat(again.action()).isEqualTo(Action.LISTEN);
		assertThat(again.speech()).contains("Should I cancel your checkup on Tuesday, March 10th at 11 a.m.")
			.endsWith("Please say yes or no.");
		assertThat(status(checkup)).isEqualTo(AppointmentStatus.BOOKED);
		say(call, "yes");

		assertThat(status(checkup)).isEqualTo(AppointmentStatus.CANCELLED);
	}

	@Test
	void aNoThatNamesTheOtherAppointmentGoesOnWithThatOne() {
		Appointment checkup = onFile(at(2026, 3, 10, 11, 0), "checkup");
		Appointment cleaning = onFile(at(2026, 3, 12, 14, 0), "cleaning");
		CallSession call = started();
		say(call, "I want to cancel my checkup");

		assertThat(say(call, "no the cleaning not the checkup").speech())
			.contains("cleaning on Thursday, March 12th at 2 p.m.")
			.endsWith("Would you like me to cancel it?");
		assertThat(say(call, "no sorry, the other one").speech()).contains("checkup on Tuesday, March 10th");
		say(call, "yes please");

		assertThat(status(checkup)).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(status(cleaning)).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void aNoThatNamesAMoveSwitchesTheCancellationToAMove() {
		Appointment checkup = onFile(at(2026, 3, 10, 11, 0), "checkup");
		CallSession call = started();
		say(call, "I need to cancel my appointment");

		assertThat(say(call, "no, move it instead").speech()).contains("When would you like to come in instead?");
		say(call, "Friday at 3 pm");
		say(call, "yes");

		Appointment moved = this.bookings.findById(checkup.id()).orElseThrow();
		assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(moved.startsAt()).isEqualTo(at(2026, 3, 13, 15, 0));
		assertThat(bookedAppointments()).containsExactly(checkup.id());
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.RESCHEDULED);
	}

	@Test
	void aMoveThatNamesTheKindOfVisitMovesThatOneAndBooksNothingNew() {
		Appointment checkup = onFile(at(2026, 3, 10, 11, 0), "checkup");
		Appointment cleaning = onFile(at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = started();

		assertThat(say(call, "Change my cleaning to Monday at 10").speech())
			.isEqualTo("I see your cleaning on Wednesday, March 11th at 9 a.m. with Dr. Ng. "
					+ "Is that the one you'd like to move?");
		assertThat(say(call, "yeah go ahead and move it").speech()).contains("Monday, March 16th at 10 a.m.");
		say(call, "yes");

		assertThat(bookedAppointments()).containsExactlyInAnyOrder(checkup.id(), cleaning.id());
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 16, 10, 0));
		assertThat(this.bookings.findById(checkup.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 10, 11, 0));
	}

	@Test
	void theNewTimeOfAMoveWinsOverTheOld() {
		Appointment cleaning = onFile(at(2026, 3, 10, 9, 0), "cleaning");
		CallSession call = started();

		say(call, "can you move my appointment from Tuesday to Thursday at four");
		assertThat(say(call, "yes").speech()).contains("Thursday, March 12th at 4 p.m.");
		say(call, "yes");

		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 12, 16, 0));
		assertThat(bookedAppointments()).containsExactly(cleaning.id());
	}

	@Test
	void aChangeOfMindRightAfterBookingMovesTheBookingAndKeepsOneAppointment() {
		CallSession call = bookedCheckupTuesdayAt2();
		long booked = call.getAppointmentId();

		assertThat(say(call, "Actually Tuesday won't work, can we do Wednesday at 2?").speech())
			.contains("Wednesday, March 11th at 2 p.m.");
		Reply moved = say(call, "yes");

		assertThat(moved.speech()).contains("Your appointment is now Wednesday, March 11th at 2 p.m.");
		assertThat(bookedAppointments()).containsExactly(booked);
		assertThat(this.bookings.findById(booked).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 11, 14, 0));
		say(call, "no that's all");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		assertThat(call.getAppointmentId()).isEqualTo(booked);
	}

	@Test
	void aDayThatWillNotDoRightAfterBookingAsksForAnotherAndMovesIt() {
		CallSession call = bookedCheckupTuesdayAt2();
		long booked = call.getAppointmentId();

		assertThat(say(call, "oh no, I can't do that day").speech())
			.contains("When would you like to come in instead?");
		say(call, "Thursday at 10 am");
		say(call, "yes");

		assertThat(bookedAppointments()).containsExactly(booked);
		assertThat(this.bookings.findById(booked).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 12, 10, 0));
	}

	@Test
	void cancellingRightAfterBookingLeavesNothingBookedAndTheOutcomeSaysSo() {
		CallSession call = bookedCheckupTuesdayAt2();

		assertThat(say(call, "wait, can you cancel that").speech())
			.isEqualTo("Shall I cancel your checkup on Tuesday, March 10th at 2 p.m. with Dr. Ng?");
		say(call, "yes please");
		say(call, "no that's everything");

		assertThat(bookedAppointments()).isEmpty();
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
	}

	@Test
	void makingItLaterRightAfterBookingMovesItLaterThatDay() {
		CallSession call = bookedCheckupTuesdayAt2();
		long booked = call.getAppointmentId();

		assertThat(say(call, "wait, can I make that later").speech()).contains("Tuesday, March 10th at");
		say(call, "the first one");
		Reply moved = say(call, "go ahead and move it");

		assertThat(moved.speech()).contains("Your appointment is now Tuesday, March 10th");
		assertThat(bookedAppointments()).containsExactly(booked);
		assertThat(this.bookings.findById(booked).orElseThrow().startsAt()).isAfter(at(2026, 3, 10, 14, 0))
			.isBefore(at(2026, 3, 11, 0, 0));
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
	}

	@Test
	void aThankYouNamingTheDayBookedEndsTheCallAndAnotherDayInsteadMovesIt() {
		CallSession call = bookedCheckupTuesdayAt2();
		long booked = call.getAppointmentId();

		CallSession other = started();
		say(other, "I'd like a cleaning Thursday at 9 am");
		say(other, "yes");
		assertThat(say(other, "great thanks, see you Thursday").action()).isEqualTo(Action.HANG_UP);

		assertThat(say(call, "could I come in Wednesday at 11 instead?").speech())
			.contains("Wednesday, March 11th at 11 a.m.");
		say(call, "yes");
		assertThat(bookedAppointments()).containsExactlyInAnyOrder(booked, other.getAppointmentId());
		assertThat(this.bookings.findById(booked).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 11, 11, 0));
	}

	@Test
	void aKnownCallerWhoAsksToBookAnotherOfTheSameKindIsBookedAgain() {
		Appointment cleaning = onFile(at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = started();

		say(call, "I'd like to book a cleaning on Friday at 3 pm");
		say(call, "yes");

		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		assertThat(bookedAppointments()).hasSize(2).contains(cleaning.id(), call.getAppointmentId());
	}

	@Test
	void anotherTimeAskedForWhileBookingIsNoMoveOfAnotherAppointment() {
		Appointment cleaning = onFile(at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = started();
		say(call, "I'd like a checkup tomorrow at 2 pm");

		assertThat(say(call, "could we change the time").speech()).contains("What other day or time");
		say(call, "Thursday at 10 am");
		say(call, "yes");

		assertThat(this.bookings.findById(call.getAppointmentId()).orElseThrow().startsAt())
			.isEqualTo(at(2026, 3, 12, 10, 0));
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 11, 9, 0));
	}

	@Test
	void aMoveSaidAsADayInsteadMovesTheAppointment() {
		Appointment cleaning = onFile(at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = started();

		assertThat(say(call, "can I do my appointment on Thursday instead").speech())
			.endsWith("Is that the one you'd like to move?");
		say(call, "yes");
		say(call, "10 am");
		say(call, "yes");

		assertThat(bookedAppointments()).containsExactly(cleaning.id());
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 12, 10, 0));
	}

	@Test
	void aYesThatNamesACancellationWhenAskedAboutAMoveSwitchesToCancelling() {
		Appointment cleaning = onFile(at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = started();
		say(call, "I need to reschedule");

		assertThat(say(call, "maybe not").speech()).contains("Should I move your cleaning");
		assertThat(say(call, "actually just cancel it").speech())
			.isEqualTo("Okay. Shall I cancel your cleaning on Wednesday, March 11th at 9 a.m. with Dr. Ng instead?");
		say(call, "yes");

		assertThat(status(cleaning)).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
	}

	@Test
	void aKindOfVisitTheClinicDoesNotBookGetsOneQuestionNamingItsKindsThenADefault() {
		emily();
		CallSession call = started();

		assertThat(say(call, "I need a filling tomorrow at 10").speech())
			.isEqualTo("We book checkups, cleanings, and emergency visits. Which would you like?");
		Reply offered = say(call, "I'm not really sure");
		assertThat(offered.action()).isEqualTo(Action.LISTEN);
		assertThat(offered.speech()).startsWith("Let's book a checkup").contains("Tuesday, March 10th at 10 a.m.");
		say(call, "yes");

		assertThat(bookedType(call)).isEqualTo("checkup");
	}

	@Test
	void aKindOfVisitNamedAfterTheQuestionIsBooked() {
		emily();
		CallSession call = started();
		say(call, "I need a filling tomorrow at 10");

		assertThat(say(call, "oh a cleaning then").speech()).contains("Tuesday, March 10th at 10 a.m.");
		say(call, "yes");

		assertThat(bookedType(call)).isEqualTo("cleaning");
	}

	@Test
	void painWordsBookTheEmergencyVisit() {
		emily();
		CallSession call = started();

		assertThat(say(call, "I have a sore jaw, can I come in tomorrow at 10").speech())
			.contains("Tuesday, March 10th at 10 a.m.");
		say(call, "yes");

		assertThat(bookedType(call)).isEqualTo("emergency");
	}

	/**
	 * A call from Emily Roy, known by her caller ID, that has just booked a checkup on
	 * Tuesday, March 10th at 2 p.m. and is asked whether there is anything else.
	 */
	private CallSession bookedCheckupTuesdayAt2() {
		emily();
		CallSession call = started();
		say(call, "I'd like a checkup Tuesday at 2 pm");
		say(call, "yes");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		return call;
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

	/** Emily Roy, known by the caller ID. */
	private Patient emily() {
		return this.patients.register("Emily Roy", CALLER, null);
	}

	/** An appointment of Emily's, booked before the call. */
	private Appointment onFile(Instant startsAt, String type) {
		long providerId = this.providers.findAll().get(0).id();
		return this.bookings.book(new BookingRequest(emily().id(), startsAt, null,
				this.appointmentTypes.findByName(type).orElseThrow().id(), providerId, null, BookingSource.API));
	}

	private CallSession started() {
		CallSession call = call();
		start(call);
		return call;
	}

	/** The kind of visit the call booked. */
	private String bookedType(CallSession call) {
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		return this.appointmentTypes.findById(appointment.appointmentTypeId()).orElseThrow().name();
	}

	private AppointmentStatus status(Appointment appointment) {
		return this.bookings.findById(appointment.id()).orElseThrow().status();
	}

	private List<Long> bookedAppointments() {
		return this.jdbc.sql("SELECT id FROM appointment WHERE status = 'booked'").query(Long.class).list();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TORONTO).toInstant();
	}

}
