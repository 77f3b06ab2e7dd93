package io.bella.dialogue;

import java.util.List;
import java.util.UUID;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.Availability;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.Clinics;
import io.bella.dialogue.Reply.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;

/**
 * What the caller hears when the database fails in the middle of a call: an apology and a
 * safe path, never an exception out of the engine.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DialogueEngineFailureIntegrationTests {

	static final String CALLER = DialogueEngineIntegrationTests.CALLER;

	static final String TRANSFER_NUMBER = DialogueEngineIntegrationTests.TRANSFER_NUMBER;

	@MockitoSpyBean
	BookingService bookings;

	@MockitoSpyBean
	Availability availability;

	@MockitoSpyBean
	Clinics clinics;

	private final DialogueEngine engine;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	DialogueEngineFailureIntegrationTests(DialogueEngine engine, MutableClock clock, JdbcClient jdbc) {
		this.engine = engine;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void reset() {
		this.clock.set(DialogueEngineIntegrationTests.MONDAY_10_AM);
		this.jdbc.sql("DELETE FROM appointment").update();
		this.jdbc.sql("DELETE FROM patient").update();
	}

	@Test
	void databaseFailureWhileBookingApologisesAndTransfersDuringOpeningHours() {
		CallSession call = call(CALLER);
		this.engine.start(call);
		say(call, "Hi this is Emily Roy, I'd like to book a cleaning tomorrow at 10 a.m.");
		say(call, "yes");
		willThrow(new DataAccessResourceFailureException("connection refused")).given(this.bookings)
			.book(any(BookingRequest.class));

		Reply reply = say(call, "yes");

		assertThat(reply.speech()).startsWith("I'm sorry, I'm having trouble with our booking system");
		assertThat(reply.action()).isEqualTo(Action.TRANSFER);
		assertThat(reply.transferNumber()).isEqualTo(TRANSFER_NUMBER);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.FAILED);
		assertThat(bookedAppointments()).isEmpty();
	}

	@Test
	void databaseFailureAfterHoursApologisesAndTakesAMessage() {
		this.clock.set(DialogueEngineIntegrationTests.MONDAY_8_PM);
		CallSession call = call(CALLER);
		this.engine.start(call);
		willThrow(new DataAccessResourceFailureException("connection refused")).given(this.availability).find(any());

		Reply reply = say(call, "I'd like a checkup tomorrow morning");

		assertThat(reply.speech()).startsWith("I'm sorry");
		assertThat(reply.action()).isEqualTo(Action.TAKE_MESSAGE);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.FAILED);
	}

	@Test
	void databaseFailureAtTheGreetingStillGreetsAndTakesAMessage() {
		willThrow(new DataAccessResourceFailureException("connection refused")).given(this.clinics).clinic();
		CallSession call = call(CALLER);

		Reply reply = this.engine.start(call);

		assertThat(reply.speech()).startsWith("Thank you for calling. I'm sorry");
		assertThat(reply.action()).isEqualTo(Action.TAKE_MESSAGE);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.FAILED);
	}

	@Test
	void afterTheSafePathAnotherTurnEndsTheCall() {
		willThrow(new DataAccessResourceFailureException("connection refused")).given(this.availability).find(any());
		CallSession call = call(CALLER);
		this.engine.start(call);
		say(call, "I'd like a checkup tomorrow morning");

		Reply afterEnd = say(call, "hello?");

		assertThat(afterEnd.action()).isEqualTo(Action.HANG_UP);
		assertThat(call.getOutcome()).isEqualTo(CallOutcome.FAILED);
	}

	private CallSession call(String caller) {
		return new CallSession("CA" + UUID.randomUUID().toString().replace("-", ""), caller, "+14165550100",
				this.clock.instant());
	}

	private Reply say(CallSession call, String text) {
		return this.engine.respond(call, new Utterance(text, 0.9));
	}

	private List<Long> bookedAppointments() {
		return this.jdbc.sql("SELECT id FROM appointment WHERE status = 'booked'").query(Long.class).list();
	}

}
