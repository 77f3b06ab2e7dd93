package io.bella.dialogue;

import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.extraction.Expectation;

/**
 * The replies every stage may give: a question (remembered for repeating it), an apology
 * for not understanding, and the ways out of the dialogue — to a person, a message, or
 * goodbye.
 */
final class Replies {

	static final String ANYTHING_ELSE = "Is there anything else I can help you with?";

	private final Clinics clinics;

	private final ClinicTime time;

	Replies(Clinics clinics, ClinicTime time) {
		this.clinics = clinics;
		this.time = time;
	}

	/**
	 * Asks a question and moves the dialogue to the stage that reads its answer.
	 */
	Reply ask(CallSession session, DialogueStage stage, String preamble, String question, Expectation expect) {
		session.conversation(session.conversation().asked(stage, question, expect));
		return Reply.ask(preamble + question, expect);
	}

	/**
	 * Done with a request: asks whether there is anything else.
	 */
	Reply anythingElse(CallSession session, String preamble) {
		return ask(session, DialogueStage.ANYTHING_ELSE, preamble, ANYTHING_ELSE, Expectation.CONFIRMATION);
	}

	/**
	 * Asks the last question again; a second miss in a row goes to a person.
	 */
	Reply notUnderstood(CallSession session, String apology, String question) {
		Conversation conversation = session.conversation();
		session.conversation(conversation.withFailures(conversation.failures() + 1));
		if (conversation.failures() + 1 >= 2) {
			return handoff(session, "I'm sorry, I'm having trouble understanding. ");
		}
		return ask(session, conversation.stage(), apology, question, conversation.lastExpect());
	}

	/**
	 * Repeats the last question without moving the dialogue.
	 */
	Reply repeat(CallSession session, String preamble) {
		Conversation conversation = session.conversation();
		String question = (conversation.lastPrompt() != null) ? conversation.lastPrompt() : "How can I help you today?";
		return new Reply(preamble + question, Reply.Action.LISTEN, conversation.lastExpect(), null);
	}

	/**
	 * "Would you like me to put you through to our front desk?" while someone is there,
	 * otherwise the offer of a message.
	 */
	String handoffOffer() {
		return this.time.isOpenNow() ? "Would you like me to put you through to our front desk?"
				: "Would you like to leave a message for our team?";
	}

	/**
	 * A question Bella cannot answer: the front desk is offered (a message while it is
	 * closed); a yes hands over, a no goes back to what Bella was asking.
	 */
	Reply offerStaff(CallSession session, String preamble) {
		session.conversation(session.conversation().withHandoffOffered(true));
		return new Reply(preamble + "Our team can help with that. " + handoffOffer(), Reply.Action.LISTEN,
				Expectation.CONFIRMATION, null);
	}

	Reply handoff(CallSession session, String preamble) {
		Clinic clinic = this.clinics.clinic();
		if (clinic.transferNumber() != null && this.time.isOpenNow()) {
			end(session, CallOutcome.TRANSFERRED);
			return Reply.transfer(preamble + "I'll put you through to our front desk now. Please hold.",
					clinic.transferNumber());
		}
		end(session, CallOutcome.MESSAGE_TAKEN);
		return Reply.takeMessage(preamble + ClinicHours.sentence("Our front desk is closed right now" + reopening())
				+ " I'll take a message. "
				+ "Please leave your name, your number, and a short message after the tone, and we'll call you back.");
	}

	/**
	 * " and opens again Tuesday, March 10th at 9 a.m." from the providers' hours, or
	 * nothing when they cannot be read.
	 */
	private String reopening() {
		try {
			return this.clinics.nextOpening(this.time.now())
				.map((at) -> " and opens again " + SpokenForms.when(at, this.time.zone()))
				.orElse("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	Reply goodbye(CallSession session) {
		end(session, CallOutcome.ABANDONED);
		String name;
		try {
			name = this.clinics.clinic().name();
		}
		catch (RuntimeException ex) {
			name = "us";
		}
		return Reply.hangUp("Thank you for calling " + name + ". Have a great day. Goodbye.");
	}

	/**
	 * Ends the dialogue. An appointment booked, moved or cancelled earlier in the call
	 * stays the call's outcome whatever happens after it; the booking flow keeps that
	 * outcome true as the call goes on: a booking moved in the same call stays
	 * {@code BOOKED} (at its new time), and one cancelled in the same call is
	 * {@code CANCELLED}.
	 */
	static void end(CallSession session, CallOutcome outcome) {
		session.conversation(session.conversation().at(DialogueStage.ENDED));
		CallOutcome earlier = session.getOutcome();
		if (earlier != CallOutcome.BOOKED && earlier != CallOutcome.RESCHEDULED && earlier != CallOutcome.CANCELLED) {
			session.setOutcome(outcome);
		}
	}

}
