package io.bella.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.dialogue.Reply.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole conversations, turn by turn, against the real booking module on PostgreSQL and
 * the rule extractor, with the clock set to Monday, March 9th 2026, 10 a.m. in Toronto.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DialogueEngineIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/** Monday, March 9th 2026, 10 a.m. in Toronto: the clinic is open. */
	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	/** Monday, March 9th 2026, 8 p.m. in Toronto: the clinic is closed. */
	static final Instant MONDAY_8_PM = ZonedDateTime.of(2026, 3, 9, 20, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550123";

	static final String TRANSFER_NUMBER = "+14165550101";

	private final DialogueEngine engine;

	private final BookingService bookings;

	private final MutableClock clock;

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final JdbcClient jdbc;

	private final DialogueTurns turns;

	DialogueEngineIntegrationTests(DialogueEngine engine, BookingService bookings, MutableClock clock,
			Patients patients, Providers providers, AppointmentTypes appointmentTypes, JdbcClient jdbc) {
		this.engine = engine;
		this.turns = new DialogueTurns(engine, clock, jdbc);
		this.bookings = bookings;
		this.clock = clock;
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

	@Test
	void callerWhoSaysEverythingAtOnceIsOfferedTheTimeAndBookedAfterYes() {
		CallSession call = call(CALLER);
		assertThat(start(call).speech()).contains("Maple Dental Centre");

		Reply offer = say(call, "Hi this is Emily Roy, I'd like to book a cleaning tomorrow at 10 a.m.");
		assertThat(offer.speech()).contains("Tuesday, March 10th at 10 a.m. with Dr. Ng").endsWith("Would that work?");
		assertThat(offer.action()).isEqualTo(Action.LISTEN);

		Reply phone = say(call, "yes please");
		assertThat(phone.speech()).contains("Can we reach you at the number you're calling from?");
		assertThat(bookedAppointments()).isEmpty();

		Reply booked = say(call, "yes");
		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 10 a.m. with Dr. Ng")
			.endsWith("Is there anything else I can help you with?");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.startsAt()).isEqualTo(at(2026, 3, 10, 10, 0));
		assertThat(appointment.source()).isEqualTo(BookingSource.VOICE);
		assertThat(appointment.appointmentTypeId())
			.isEqualTo(this.appointmentTypes.findByName("cleaning").orElseThrow().id());
		Patient patient = this.patients.findById(appointment.patientId()).orElseThrow();
		assertThat(patient.name()).isEqualTo("Emily Roy");
		assertThat(patient.phone()).isEqualTo(CALLER);
		// nothing the caller already said was asked again
		assertThat(this.turns.lines()).noneMatch((line) -> line.contains("your first and last name")
				|| line.contains("What day") || line.contains("Is this for"));

		Reply goodbye = say(call, "no that's all thank you");
		assertThat(goodbye.action()).isEqualTo(Action.HANG_UP);
		assertThat(goodbye.speech()).contains("Goodbye");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
	}

	@Test
	void knownCallerIsBookedWithTheirNameFromTheirCallerId() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);

		say(call, "I'd like a checkup tomorrow at 2 pm");
		Reply booked = say(call, "yeah that works");

		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 2 p.m.");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.patientId()).isEqualTo(emily.id());
		assertThat(appointment.startsAt()).isEqualTo(at(2026, 3, 10, 14, 0));
	}

	@Test
	void knownCallerWhoAlreadyHasThatTimeHearsSoAndMovesItInsteadOfBookingAgain() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment existing = book(emily, at(2026, 3, 10, 14, 0), "checkup");
		CallSession call = call(CALLER);
		start(call);

		// the first provider is busy with Emily then; the other one is free
		assertThat(say(call, "I'd like a checkup tomorrow at 2 pm").speech())
			.contains("Tuesday, March 10th at 2 p.m. with Dr. Tremblay");
		Reply told = say(call, "yes");

		assertThat(told.speech()).isEqualTo("You already have an appointment then: your checkup on Tuesday, "
				+ "March 10th at 2 p.m. with Dr. Ng. Would you like to move it?");
		assertThat(bookedAppointments()).containsExactly(existing.id());
		assertThat(say(call, "yes").speech()).contains("When would you like to come in instead?");
		say(call, "Thursday at 3 pm");
		Reply moved = say(call, "yes");

		assertThat(moved.speech()).contains("Your appointment is now Thursday, March 12th at 3 p.m.");
		assertThat(bookedAppointments()).containsExactly(existing.id());
		assertThat(this.bookings.findById(existing.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 12, 15, 0));
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.RESCHEDULED);
	}

	@Test
	void aNewCallerWhoseNameAndNumberAreOnRecordIsNotRegisteredTwice() {
		Patient emily = this.patients.register("Émily Roy", "+14165550188", null);
		Appointment existing = book(emily, at(2026, 3, 10, 14, 0), "checkup");
		CallSession call = call("anonymous");
		start(call);

		say(call, "I'd like a checkup tomorrow at 2 pm, my name is emily roy");
		say(call, "yes");
		say(call, "four one six five five five zero one eight eight");
		Reply told = say(call, "yes");

		assertThat(told.speech())
			.contains("You already have an appointment then: your checkup on Tuesday, " + "March 10th at 2 p.m.");
		Reply left = say(call, "no");
		assertThat(left.speech()).contains("Okay, I'll leave it as it is.");
		assertThat(this.patients.findAllByPhone("+14165550188")).extracting(Patient::id).containsExactly(emily.id());
		assertThat(bookedAppointments()).containsExactly(existing.id());
	}

	@Test
	void aSecondRequestAfterABookingKeepsTheBookingAsTheOutcome() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);
		say(call, "I'd like a checkup tomorrow at 2 pm");
		say(call, "yes");
		long booked = call.getAppointmentId();

		assertThat(say(call, "yes actually can I talk to the receptionist").action()).isEqualTo(Action.TRANSFER);

		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		assertThat(call.getAppointmentId()).isEqualTo(booked);
		assertThat(this.bookings.findById(booked).orElseThrow().patientId()).isEqualTo(emily.id());
	}

	@Test
	void aSecondBookingForSomeoneElseIsMadeForThem() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);
		say(call, "I'd like a checkup tomorrow at 2 pm");
		say(call, "yes");
		long first = call.getAppointmentId();

		assertThat(say(call, "yes I'd also like to book a cleaning for my son, his name is Lucas Roy, Thursday at 9 am")
			.speech()).startsWith("Sure. I have Thursday, March 12th at 9 a.m.");
		assertThat(say(call, "yes").speech()).contains("the number you're calling from");
		say(call, "yes");

		assertThat(call.getAppointmentId()).isNotEqualTo(first);
		Appointment second = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		Patient lucas = this.patients.findById(second.patientId()).orElseThrow();
		assertThat(lucas.id()).isNotEqualTo(emily.id());
		assertThat(lucas.name()).isEqualTo("Lucas Roy");
		assertThat(lucas.phone()).isEqualTo(CALLER);
		assertThat(this.bookings.findById(first).orElseThrow().patientId()).isEqualTo(emily.id());
	}

	@Test
	void anonymousCallerIsTakenStepByStepAndAskedForANumberReadBackInGroups() {
		CallSession call = call("anonymous");
		start(call);

		assertThat(say(call, "I'd like to make an appointment").speech())
			.contains("Is this for a checkup or a cleaning?");
		assertThat(say(call, "a checkup").speech()).contains("What day and time would suit you?");
		Reply offers = say(call, "Wednesday afternoon");
		assertThat(offers.speech()).startsWith("I have Wednesday, March 11th at 1 p.m. with Dr. Ng")
			.endsWith("Which one works best for you?");
		assertThat(call.offer().options()).hasSizeBetween(2, 3);
		CallSession.SlotOption second = call.offer().options().get(1);

		Reply confirm = say(call, "the second one");
		assertThat(confirm.speech()).startsWith("So that's Wednesday, March 11th at").endsWith("Shall I book it?");
		assertThat(say(call, "yes").speech()).contains("May I have your first and last name, please?");
		assertThat(say(call, "Noah Gagnon").speech()).contains("Thank you, Noah.")
			.contains("What's the best number to reach you at?");
		assertThat(say(call, "four one six five five five zero one nine nine").speech())
			.isEqualTo("I have 4 1 6, 5 5 5, 0 1 9 9. Is that right?");
		Reply booked = say(call, "yes");

		assertThat(booked.speech()).contains("You're all set for Wednesday, March 11th");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.startsAt()).isEqualTo(second.startsAt());
		assertThat(appointment.providerId()).isEqualTo(second.providerId());
		Patient patient = this.patients.findById(appointment.patientId()).orElseThrow();
		assertThat(patient.name()).isEqualTo("Noah Gagnon");
		assertThat(patient.phone()).isEqualTo("+14165550199");
	}

	@Test
	void slotTakenBetweenOfferAndYesIsSaidAndTheNextOneOffered() {
		this.patients.register("Emily Roy", CALLER, null);
		Patient other = this.patients.register("Olivia Martin", "+16135550142", null);
		CallSession call = call(CALLER);
		start(call);
		Reply offer = say(call, "Can I book a checkup tomorrow at 10 am");
		assertThat(offer.speech()).contains("Tuesday, March 10th at 10 a.m. with Dr. Ng");
		CallSession.SlotOption offered = call.offer().options().get(0);

		this.bookings.book(new BookingRequest(other.id(), offered.startsAt(), null,
				this.appointmentTypes.findByName("checkup").orElseThrow().id(), offered.providerId(), null,
				BookingSource.API));
		Reply retry = say(call, "yes");

		assertThat(retry.speech()).startsWith("I'm sorry, that time was just taken.")
			.contains("Tuesday, March 10th at 10 a.m. with Dr. Tremblay")
			.doesNotContain("I don't have")
			.doesNotContain("don't have that exact time");
		assertThat(call.getOutcome()).isNull();
		Reply booked = say(call, "yes");
		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 10 a.m. with Dr. Tremblay");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.providerId()).isNotEqualTo(offered.providerId());
		assertThat(appointment.startsAt()).isEqualTo(offered.startsAt());
	}

	@Test
	void whenTheTimeAskedForIsTakenTheNearestTimesThatDayAreOffered() {
		// two other patients take 10:00 with each provider (one patient cannot hold both)
		List<Provider> all = this.providers.findAll();
		for (int i = 0; i < all.size(); i++) {
			Patient other = this.patients.register("Olivia Martin " + (char) ('A' + i), "+16135550142", null);
			this.bookings.book(new BookingRequest(other.id(), at(2026, 3, 10, 10, 0), 30, null, all.get(i).id(), null,
					BookingSource.API));
		}
		CallSession call = call(CALLER);
		start(call);

		Reply offer = say(call, "Hi, I'm Emily Roy, I need a checkup tomorrow at 10");

		assertThat(offer.speech()).contains("I don't have that exact time, but I have Tuesday, March 10th at 9:30 a.m.",
				"at 10:30 a.m.");
		Reply tremblay = say(call, "the one at 10:30 with Dr. Tremblay");
		assertThat(tremblay.speech())
			.isEqualTo("I have Tuesday, March 10th at 10:30 a.m. with Dr. Tremblay. Would that work?");
		say(call, "perfect yes");
		say(call, "yes");
		assertThat(this.bookings.findById(call.getAppointmentId()).orElseThrow().providerId())
			.isEqualTo(this.providers.findAll().get(1).id());
	}

	@Test
	void aYesToSeveralOptionsAsksWhichAndLaterLooksPastTheOptions() {
		this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);
		assertThat(say(call, "I'd like to book a checkup for tomorrow afternoon please").speech())
			.contains("Tuesday, March 10th at 1 p.m. with Dr. Ng", "at 2:30 p.m.", "at 4 p.m.");

		// a yes to several options picks none of them: Bella asks rather than reads back
		// a
		// guess
		assertThat(say(call, "yes").speech())
			.isEqualTo("Sure. The one at 1 p.m., the one at 2:30 p.m., or the one at 4 p.m.?");
		assertThat(say(call, "the first one").speech())
			.isEqualTo("So that's Tuesday, March 10th at 1 p.m. with Dr. Ng. Shall I book it?");
		assertThat(say(call, "no").speech()).startsWith("No problem. I also have Tuesday, March 10th at 2:30 p.m.");
		assertThat(say(call, "do you have anything later").speech())
			.isEqualTo("I have Tuesday, March 10th at 4:15 p.m. with Dr. Ng. Would that work?");
		say(call, "yes");

		assertThat(this.bookings.findById(call.getAppointmentId()).orElseThrow().startsAt())
			.isEqualTo(at(2026, 3, 10, 16, 15));
	}

	@Test
	void aDayWithoutOpeningsGetsTheNextOpenings() {
		CallSession call = call(CALLER);
		start(call);

		Reply offer = say(call, "Could I book a cleaning on Sunday");

		assertThat(offer.speech()).startsWith("Sure. I don't have anything open then. The next openings are "
				+ "Monday, March 16th at 9 a.m. with Dr. Ng");
		assertThat(call.offer().options()).hasSizeBetween(2, 3);
	}

	@Test
	void aDifferentNumberForTheConfirmationIsReadBackInGroups() {
		CallSession call = call(CALLER);
		start(call);
		say(call, "This is Liam Chen, can I get a checkup Thursday at 9 am");
		assertThat(say(call, "yes").speech()).contains("the number you're calling from");

		assertThat(say(call, "no text six one three five five five zero one four two instead").speech())
			.isEqualTo("I have 6 1 3, 5 5 5, 0 1 4 2. Is that right?");
		say(call, "yes that's right");

		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(this.patients.findById(appointment.patientId()).orElseThrow().phone()).isEqualTo("+16135550142");
	}

	@Test
	void asSoonAsPossibleOffersTheFirstOpenings() {
		this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);
		say(call, "I'd like to book a cleaning");

		Reply offer = say(call, "as soon as possible");

		// two hours' notice from Monday 10 a.m.: noon is lunch, so 1 p.m. is the first
		assertThat(offer.speech()).startsWith("I have Monday, March 9th at 1 p.m. with Dr. Ng");
	}

	@Test
	void aTurnTakesOnlyAFewMilliseconds() {
		this.patients.register("Emily Roy", CALLER, null);
		for (int warmUp = 0; warmUp < 30; warmUp++) {
			CallSession call = call(CALLER);
			start(call);
			say(call, "I'd like a checkup next week in the afternoon");
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			CallSession call = call(CALLER);
			long started = System.nanoTime();
			this.engine.respond(call, new Utterance("I'd like a checkup next week in the afternoon", 0.9));
			millis.add((System.nanoTime() - started) / 1e6);
		}
		millis.sort(null);
		double median = millis.get(millis.size() / 2);
		this.turns.lines()
			.add(String.format("median %.2f ms per turn, slowest %.2f ms", median, millis.get(millis.size() - 1)));

		// a few ms on an idle machine; the bound leaves room for a loaded build server
		assertThat(median).isLessThan(100);
	}

	@Test
	void rescheduleFindsTheCallersAppointmentAndMovesItAfterYes() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment existing = book(emily, at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = call(CALLER);
		start(call);

		assertThat(say(call, "I need to reschedule my appointment").speech())
			.isEqualTo("I see your cleaning on Wednesday, March 11th at 9 a.m. with Dr. Ng. "
					+ "Is that the one you'd like to move?");
		assertThat(say(call, "yes").speech()).contains("When would you like to come in instead?");
		assertThat(say(call, "Friday at 3 pm").speech())
			.contains("I have Friday, March 13th at 3 p.m. with Dr. Ng. Would that work?");
		Reply moved = say(call, "yes");

		assertThat(moved.speech()).contains("Your appointment is now Friday, March 13th at 3 p.m. with Dr. Ng");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.RESCHEDULED);
		assertThat(call.getAppointmentId()).isEqualTo(existing.id());
		Appointment after = this.bookings.findById(existing.id()).orElseThrow();
		assertThat(after.startsAt()).isEqualTo(at(2026, 3, 13, 15, 0));
		assertThat(after.status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void cancelAsksWhichAppointmentAndCancelsOnlyAfterYes() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment checkup = book(emily, at(2026, 3, 10, 11, 0), "checkup");
		Appointment cleaning = book(emily, at(2026, 3, 12, 14, 0), "cleaning");
		CallSession call = call(CALLER);
		start(call);

		assertThat(say(call, "I want to cancel my appointment").speech())
			.contains("a checkup on Tuesday, March 10th at 11 a.m.", "a cleaning on Thursday, March 12th at 2 p.m.")
			.endsWith("Which one would you like to cancel?");
		assertThat(say(call, "the one on Thursday").speech()).isEqualTo(
				"I see your cleaning on Thursday, March 12th at 2 p.m. with Dr. Ng. Would you like me to cancel it?");
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
		Reply cancelled = say(call, "yes");

		assertThat(cancelled.speech()).contains("is cancelled");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
		assertThat(this.bookings.findById(cleaning.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(this.bookings.findById(checkup.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void anonymousCallerCancellingIsAskedForTheNumberOfTheBooking() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment checkup = book(emily, at(2026, 3, 10, 11, 0), "checkup");
		CallSession call = call("anonymous");
		start(call);

		assertThat(say(call, "I'd like to cancel my appointment").speech())
			.contains("What phone number was the appointment booked under?");
		Reply name = say(call, "it's four one six five five five zero one two three");
		assertThat(name.speech()).contains("first and last name").doesNotContain("March");
		assertThat(say(call, "Emily Roy").speech()).contains("checkup on Tuesday, March 10th at 11 a.m.");
		say(call, "yes");

		assertThat(this.bookings.findById(checkup.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.CANCELLED);
	}

	@Test
	void aSpokenNumberWithTheWrongNameRevealsNothingAndOffersTheFrontDesk() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Appointment checkup = book(emily, at(2026, 3, 10, 11, 0), "checkup");
		CallSession call = call("+14165550999");
		start(call);

		say(call, "I need to cancel my appointment");
		assertThat(say(call, "four one six five five five zero one two three").speech())
			.contains("first and last name");
		Reply refused = say(call, "John Smith");

		assertThat(refused.speech()).contains("can't find an appointment under that name and number")
			.contains("front desk")
			.doesNotContain("March", "checkup", "Dr.", "Emily");
		assertThat(refused.action()).isEqualTo(Action.LISTEN);
		assertThat(call.existing().options()).isEmpty();
		Reply transfer = say(call, "yes please");
		assertThat(transfer.action()).isEqualTo(Action.TRANSFER);
		assertThat(transfer.transferNumber()).isEqualTo(TRANSFER_NUMBER);
		assertThat(this.bookings.findById(checkup.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(this.turns.lines()).noneMatch((line) -> line.startsWith("Bella") && line.contains("March 10th"));
	}

	@Test
	void anUnknownSpokenNumberGetsTheSameAnswerAndAMessageAfterHours() {
		this.clock.set(MONDAY_8_PM);
		CallSession call = call("anonymous");
		start(call);

		say(call, "I want to move my appointment");
		say(call, "four one six five five five zero one two three");
		Reply refused = say(call, "Emily Roy");

		assertThat(refused.speech()).contains("can't find an appointment under that name and number")
			.contains("leave a message");
		Reply message = say(call, "yes");
		assertThat(message.action()).isEqualTo(Action.TAKE_MESSAGE);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.MESSAGE_TAKEN);
	}

	@Test
	void aSecondMissedNameAndNumberGoesStraightToAPerson() {
		this.patients.register("Emily Roy", CALLER, null);
		CallSession call = call("anonymous");
		start(call);

		say(call, "I want to cancel my appointment");
		say(call, "four one six five five five zero one two three");
		say(call, "John Smith");
		assertThat(say(call, "no").speech()).contains("anything else");
		Reply second = say(call, "I want to cancel my appointment, my name is Jane Smith");

		assertThat(second.speech()).contains("can't find an appointment under that name and number");
		assertThat(second.action()).isEqualTo(Action.TRANSFER);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void aSpokenNumberWithTheRightNameIsMovedAsUsual() {
		Patient emily = this.patients.register("Émily Anne Roy", CALLER, null);
		Appointment existing = book(emily, at(2026, 3, 11, 9, 0), "cleaning");
		CallSession call = call("+14165550999");
		start(call);

		say(call, "I need to reschedule my appointment, my name is emily roy");
		assertThat(say(call, "it's under four one six five five five zero one two three").speech())
			.isEqualTo("I see your cleaning on Wednesday, March 11th at 9 a.m. with Dr. Ng. "
					+ "Is that the one you'd like to move?");
		say(call, "yes");
		say(call, "Friday at 3 pm");
		Reply moved = say(call, "yes");

		assertThat(moved.speech()).contains("Your appointment is now Friday, March 13th at 3 p.m.");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.RESCHEDULED);
		assertThat(this.bookings.findById(existing.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 13, 15, 0));
	}

	@Test
	void familySharingTheCallerIdIsAskedTheNameAndBookedForTheOneNamed() {
		Patient emily = this.patients.register("Emily Roy", CALLER, null);
		Patient lucas = this.patients.register("Lucas Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);

		say(call, "I'd like a checkup tomorrow at 2 pm");
		assertThat(say(call, "yes").speech()).contains("first and last name");
		assertThat(bookedAppointments()).isEmpty();
		Reply booked = say(call, "Emily Roy");

		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 2 p.m.");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.patientId()).isEqualTo(emily.id()).isNotEqualTo(lucas.id());
		assertThat(this.patients.findAllByPhone(CALLER)).hasSize(2);
	}

	@Test
	void familySharingTheCallerIdWithANewNameRegistersThem() {
		this.patients.register("Emily Roy", CALLER, null);
		this.patients.register("Lucas Roy", CALLER, null);
		CallSession call = call(CALLER);
		start(call);

		say(call, "I'd like a checkup tomorrow at 2 pm");
		say(call, "yes");
		assertThat(say(call, "Mia Roy").speech()).contains("the number you're calling from");
		say(call, "yes");

		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		Patient mia = this.patients.findById(appointment.patientId()).orElseThrow();
		assertThat(mia.name()).isEqualTo("Mia Roy");
		assertThat(this.patients.findAllByPhone(CALLER)).hasSize(3);
	}

	@Test
	void askingForAPersonDuringOpeningHoursTransfers() {
		CallSession call = call(CALLER);
		start(call);

		Reply reply = say(call, "can I speak to a real person");

		assertThat(reply.action()).isEqualTo(Action.TRANSFER);
		assertThat(reply.transferNumber()).isEqualTo(TRANSFER_NUMBER);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void askingForAPersonAfterHoursTakesAMessage() {
		this.clock.set(MONDAY_8_PM);
		CallSession call = call(CALLER);
		start(call);

		Reply reply = say(call, "can I speak to the receptionist please");

		assertThat(reply.action()).isEqualTo(Action.TAKE_MESSAGE);
		assertThat(reply.speech()).contains("leave your name, your number, and a short message");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.MESSAGE_TAKEN);
	}

	@Test
	void emergencyWordsTransferAtOnce() {
		CallSession call = call(CALLER);
		start(call);

		Reply reply = say(call, "I have severe pain and my gum is bleeding");

		assertThat(reply.action()).isEqualTo(Action.TRANSFER);
		assertThat(reply.speech()).contains("urgent");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void silenceIsRepromptedThenAHandoffOfferedThenTheCallEndsPolitely() {
		CallSession call = call(CALLER);
		start(call);

		Reply first = silence(call);
		assertThat(first.action()).isEqualTo(Action.LISTEN);
		assertThat(first.speech()).isEqualTo("Sorry, I didn't hear anything. How can I help you today?");
		Reply second = silence(call);
		assertThat(second.action()).isEqualTo(Action.LISTEN);
		assertThat(second.speech()).contains("put you through to our front desk");
		Reply third = silence(call);

		assertThat(third.action()).isEqualTo(Action.HANG_UP);
		assertThat(third.speech()).contains("Goodbye");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.ABANDONED);
		assertThat(call.getTurn()).isEqualTo(3);
	}

	@Test
	void acceptingTheHandoffOfferedAfterSilenceTransfers() {
		CallSession call = call(CALLER);
		start(call);
		silence(call);
		silence(call);

		Reply reply = say(call, "yes please");

		assertThat(reply.action()).isEqualTo(Action.TRANSFER);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void twoUnintelligibleAnswersInARowTransfer() {
		CallSession call = call(CALLER);
		start(call);

		Reply first = say(call, "blah purple monkey dishwasher");
		assertThat(first.action()).isEqualTo(Action.LISTEN);
		assertThat(first.speech()).contains("Sorry");
		Reply second = say(call, "flim flam zork");

		assertThat(second.action()).isEqualTo(Action.TRANSFER);
		assertThat(second.transferNumber()).isEqualTo(TRANSFER_NUMBER);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void aSessionRestoredWithoutStageOrOptionsStillAnswers() {
		CallSession blank = call(CALLER);
		blank.conversation(blank.conversation().at(null));
		assertThat(say(blank, "I'd like a checkup tomorrow at 10").speech())
			.contains("Tuesday, March 10th at 10 a.m. with Dr. Ng");

		CallSession noOptions = call(CALLER);
		noOptions.conversation(noOptions.conversation().at(DialogueStage.OFFER));
		Reply reply = say(noOptions, "tomorrow at 10 please");

		assertThat(reply.action()).isEqualTo(Action.LISTEN);
		assertThat(reply.speech()).contains("Tuesday, March 10th at 10 a.m. with Dr. Ng");
	}

	@Test
	void speechHintsNameTheClinicProvidersAndVisits() {
		assertThat(this.engine.speechHints()).contains("Maple Dental Centre", "Dr. Sarah Ng", "Dr. Ng", "cleaning",
				"checkup");
	}

	private CallSession call(String caller) {
		return this.turns.call(caller);
	}

	private Reply start(CallSession call) {
		return this.turns.start(call);
	}

	private Reply say(CallSession call, String text) {
		return this.turns.say(call, text);
	}

	private Reply silence(CallSession call) {
		return this.turns.silence(call);
	}

	private Appointment book(Patient patient, Instant startsAt, String type) {
		long providerId = this.providers.findAll().get(0).id();
		return this.bookings.book(new BookingRequest(patient.id(), startsAt, null,
				this.appointmentTypes.findByName(type).orElseThrow().id(), providerId, null, BookingSource.API));
	}

	private List<Long> bookedAppointments() {
		return this.jdbc.sql("SELECT id FROM appointment WHERE status = 'booked'").query(Long.class).list();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TORONTO).toInstant();
	}

}
