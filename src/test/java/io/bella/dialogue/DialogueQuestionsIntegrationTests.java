package io.bella.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Clinic;
import io.bella.booking.ClinicDetails;
import io.bella.booking.ClinicSetup;
import io.bella.booking.Clinics;
import io.bella.booking.Patients;
import io.bella.dialogue.Reply.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions about the clinic asked mid-call, emergencies out of hours and spelled names,
 * turn by turn against the real booking module and the rule extractor, with the demo
 * clinic's facts and the clock on Monday, March 9th 2026 in Toronto.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DialogueQuestionsIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final Instant MONDAY_8_PM = ZonedDateTime.of(2026, 3, 9, 20, 0, 0, 0, TORONTO).toInstant();

	static final String CALLER = "+14165550177";

	static final Map<String, String> FACTS = Map.of("parking", "There is free parking behind the building.",
			"insurance", "We bill most dental insurance plans directly.", "prices",
			"A checkup is 95 dollars and a cleaning is 160 dollars.", "cleaning price", "A cleaning is 160 dollars.",
			"what to bring", "Please bring your health card and your insurance card.", "after_hours",
			"For severe pain that can't wait, go to the nearest hospital emergency department.");

	private final DialogueEngine engine;

	private final BookingService bookings;

	private final MutableClock clock;

	private final AppointmentTypes appointmentTypes;

	private final Clinics clinics;

	private final Patients patients;

	private final ClinicSetup setup;

	private final DialogueTurns turns;

	private Clinic original;

	DialogueQuestionsIntegrationTests(DialogueEngine engine, BookingService bookings, MutableClock clock,
			AppointmentTypes appointmentTypes, Clinics clinics, Patients patients, ClinicSetup setup, JdbcClient jdbc) {
		this.engine = engine;
		this.turns = new DialogueTurns(engine, clock, jdbc);
		this.bookings = bookings;
		this.clock = clock;
		this.appointmentTypes = appointmentTypes;
		this.clinics = clinics;
		this.patients = patients;
		this.setup = setup;
	}

	@BeforeEach
	void reset() {
		this.turns.reset(MONDAY_10_AM);
		this.original = this.clinics.clinic();
		save(this.original, "100 Queen St W, Toronto, ON", FACTS);
	}

	@AfterEach
	void restore() {
		this.turns.print();
		save(this.original, this.original.address(), this.original.facts());
	}

	@Test
	void hoursOnADayAreAnsweredAndTheGreetingQuestionRepeated() {
		CallSession call = call();
		start(call);

		Reply saturday = say(call, "Are you open on Saturday?");
		assertThat(saturday.speech())
			.isEqualTo("On Saturday, March 14th we're open from 9 a.m. to 1 p.m. How can I help you today?");
		Reply sunday = say(call, "what about Sunday, are you open then?");
		assertThat(sunday.speech())
			.startsWith("We're closed on Sunday, March 15th, and open again on Monday, March 16th");
		Reply today = say(call, "what time do you close today");
		assertThat(today.speech()).startsWith("Today we're open from 9 a.m. to 5 p.m.");
		Reply week = say(call, "what are your hours?");
		assertThat(week.speech())
			.startsWith("We're open Monday to Friday from 9 a.m. to 5 p.m. and Saturday from 9 a.m. to 1 p.m.");
		assertThat(call.conversation().stage()).isEqualTo(DialogueStage.INTENT);
		assertThat(call.getOutcome()).isNull();
	}

	@Test
	void addressAndParkingAreAnsweredFromTheClinic() {
		CallSession call = call();
		start(call);

		Reply reply = say(call, "Where are you located, and is there parking?");

		assertThat(reply.speech()).isEqualTo("We're at 100 Queen St W, Toronto, ON. "
				+ "There is free parking behind the building. How can I help you today?");
		assertThat(reply.action()).isEqualTo(Action.LISTEN);
	}

	@Test
	void questionsDuringABookingAreAnsweredAndTheBookingGoesOn() {
		CallSession call = call();
		start(call);

		Reply when = say(call, "I'd like to book a cleaning");
		assertThat(when.speech()).endsWith("What day and time would suit you?");
		Reply insurance = say(call, "do you take insurance?");
		assertThat(insurance.speech())
			.isEqualTo("We bill most dental insurance plans directly. What day and time would suit you?");
		Reply offer = say(call, "tomorrow at 10 a.m.");
		assertThat(offer.speech()).contains("Tuesday, March 10th at 10 a.m.");
		Reply name = say(call, "yes");
		assertThat(name.speech()).endsWith("May I have your first and last name, please?");
		Reply price = say(call, "how much is a cleaning?");
		assertThat(price.speech()).isEqualTo("A cleaning is 160 dollars. May I have your first and last name, please?");
		Reply prices = say(call, "and what are your prices?");
		assertThat(prices.speech()).startsWith("A checkup is 95 dollars and a cleaning is 160 dollars.");
		Reply bring = say(call, "and what should I bring with me?");
		assertThat(bring.speech()).startsWith("Please bring your health card and your insurance card.");
		assertThat(call.conversation().stage()).isEqualTo(DialogueStage.NAME);
		say(call, "Emily Roy");
		Reply booked = say(call, "yes");
		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 10 a.m.");
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.BOOKED);
	}

	@Test
	void aQuestionAndARequestInOneTurnAnswerThenGoOn() {
		CallSession call = call();
		start(call);

		Reply reply = say(call, "Do you take insurance? I'd like a cleaning on Tuesday");

		assertThat(reply.speech()).startsWith("We bill most dental insurance plans directly. ")
			.contains("Tuesday, March 10th");
		assertThat(call.conversation().stage()).isEqualTo(DialogueStage.OFFER);
	}

	@Test
	void aQuestionWithoutAFactIsOfferedToStaffAndANoGoesBack() {
		CallSession call = call();
		start(call);

		Reply unknown = say(call, "Do you take credit cards?");
		assertThat(unknown.speech()).contains("I don't have that information")
			.endsWith("Would you like me to put you through to our front desk?");
		Reply no = say(call, "no thanks");
		assertThat(no.speech()).isEqualTo("Okay. How can I help you today?");

		Reply other = say(call, "do you do invisalign?");
		assertThat(other.speech()).endsWith("Would you like me to put you through to our front desk?");
		Reply yes = say(call, "yes please");
		assertThat(yes.action()).isEqualTo(Action.TRANSFER);
	}

	@Test
	void anEmergencyAtEightPmGetsTheInstructionsAndTheEarliestEmergencyVisit() {
		this.clock.set(MONDAY_8_PM);
		CallSession call = call();
		start(call);

		Reply offer = say(call, "I'm in severe pain and my face is swollen");
		assertThat(offer.action()).isEqualTo(Action.LISTEN);
		assertThat(offer.speech()).contains("call 9 1 1", "nearest hospital emergency department")
			.endsWith("The earliest emergency visit I have is Tuesday, March 10th at 9 a.m. with Dr. Ng. "
					+ "Would you like me to book it?");
		Reply name = say(call, "yes please");
		assertThat(name.speech()).endsWith("May I have your first and last name, please?");
		say(call, "Emily Roy");
		Reply booked = say(call, "yes");
		assertThat(booked.speech()).contains("You're all set for Tuesday, March 10th at 9 a.m.");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(appointment.appointmentTypeId())
			.isEqualTo(this.appointmentTypes.findByName("emergency").orElseThrow().id());
	}

	@Test
	void anEmergencyVisitDeclinedAfterHoursTakesAMessage() {
		this.clock.set(MONDAY_8_PM);
		CallSession call = call();
		start(call);

		say(call, "this is an emergency, my gum is bleeding");
		Reply message = say(call, "no");

		assertThat(message.action()).isEqualTo(Action.TAKE_MESSAGE);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.MESSAGE_TAKEN);
	}

	@Test
	void aSpelledNameIsPutTogetherReadBackAndBooked() {
		CallSession call = call();
		start(call);
		say(call, "I'd like a checkup tomorrow at 2 pm");
		Reply name = say(call, "yes");
		assertThat(name.speech()).endsWith("May I have your first and last name, please?");

		Reply readBack = say(call, "S I O B H A N, O apostrophe S U L L I V A N");
		assertThat(readBack.speech())
			.startsWith("Thank you. I have Siobhan O'Sullivan, spelled S I O B H A N, O apostrophe S U L L I V A N. ")
			.endsWith("Can we reach you at the number you're calling from?");
		Reply booked = say(call, "yes");

		assertThat(booked.speech()).contains("You're all set");
		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(this.patients.findById(appointment.patientId()).orElseThrow().name())
			.isEqualTo("Siobhan O'Sullivan");
	}

	@Test
	void aNameCorrectedByALetterOnTheNextTurnIsTheOneBooked() {
		CallSession call = call();
		start(call);
		say(call, "I'd like a checkup tomorrow at 2 pm");
		say(call, "yes");
		Reply thanks = say(call, "Katherine Smith");
		assertThat(thanks.speech()).startsWith("Thank you, Katherine.");

		Reply corrected = say(call, "no, it's Catherine with a C");
		assertThat(corrected.speech())
			.isEqualTo("Sorry about that. I have Catherine Smith, spelled C A T H E R I N E, S M I T H. "
					+ "Can we reach you at the number you're calling from?");
		say(call, "yes");

		Appointment appointment = this.bookings.findById(call.getAppointmentId()).orElseThrow();
		assertThat(this.patients.findById(appointment.patientId()).orElseThrow().name()).isEqualTo("Catherine Smith");
	}

	private void save(Clinic clinic, String address, Map<String, String> facts) {
		this.setup.saveClinic(new ClinicDetails(clinic.name(), clinic.timeZone().getId(), clinic.phone(),
				clinic.transferNumber(), clinic.region(), clinic.kind(), address, facts), true);
	}

	private CallSession call() {
		return this.turns.call(CALLER);
	}

	private Reply start(CallSession call) {
		return this.turns.start(call);
	}

	private Reply say(CallSession call, String text) {
		return this.turns.say(call, text);
	}

}
