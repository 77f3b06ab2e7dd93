package io.bella.dialogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.bella.booking.AppointmentType;
import io.bella.booking.Clinic;
import io.bella.booking.Provider;
import io.bella.extraction.AppointmentExtractor;
import io.bella.extraction.ClinicVocabularies;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.ExtractionRequest;
import io.bella.extraction.Intent;
import io.bella.system.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Carries a phone conversation from greeting to a booked, moved or cancelled appointment,
 * a transfer to a person or a message taken, one utterance at a time and independent of
 * the transport. It never throws: whatever fails behind it, the caller hears an apology
 * and a safe path.
 */
@Component
public class DialogueEngine {

	private static final Logger log = LoggerFactory.getLogger(DialogueEngine.class);

	private final AppointmentExtractor extractor;

	private final BookingDesk desk;

	private final Stages stages;

	private final ClinicTime time;

	private final Replies replies;

	private final ClinicVocabularies vocabulary;

	DialogueEngine(AppointmentExtractor extractor, BookingDesk desk, Stages stages, ClinicVocabularies vocabulary) {
		this.vocabulary = vocabulary;
		this.extractor = extractor;
		this.desk = desk;
		this.stages = stages;
		this.time = stages.time();
		this.replies = stages.replies();
	}

	/**
	 * The same dialogue reading callers with another extractor, for example the rules
	 * alone where a language model's cost is not wanted.
	 */
	public DialogueEngine withExtractor(AppointmentExtractor other) {
		return new DialogueEngine(other, this.desk, this.stages, this.vocabulary);
	}

	/**
	 * Greets the caller with the clinic's name and asks how to help.
	 */
	public Reply start(CallSession session) {
		try {
			Clinic clinic = this.desk.clinics().clinic();
			return this.replies.ask(session, DialogueStage.INTENT,
					"Thank you for calling " + clinic.name() + ". This is Bella. ", "How can I help you today?", null);
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: greeting failed, taking the safe path: {}", session.getCallSid(), describe(ex));
			return safePath(session, "Thank you for calling. I'm sorry, I'm having trouble with our booking system. ");
		}
	}

	/**
	 * Reads one utterance (blank when the caller said nothing) and answers it.
	 */
	public Reply respond(CallSession session, Utterance utterance) {
		session.setTurn(session.getTurn() + 1);
		if (session.conversation().stage() == null) {
			session.conversation(session.conversation().at(DialogueStage.INTENT));
		}
		if (session.conversation().stage() == DialogueStage.ENDED) {
			return Reply.hangUp("Thank you for calling. Goodbye.");
		}
		try {
			if (utterance == null || utterance.isSilence()) {
				return onSilence(session);
			}
			return onSpeech(session, utterance.text());
		}
		catch (RuntimeException ex) {
			log.warn("Call {} turn {} in {}: failed, taking the safe path: {}", session.getCallSid(), session.getTurn(),
					session.conversation().stage(), describe(ex));
			return safePath(session, "I'm sorry, I'm having trouble with our booking system right now. ");
		}
	}

	/**
	 * Words the speech recognizer should expect on this clinic's calls: the clinic's
	 * name, the providers' names and the kinds of visit. Empty when they cannot be read.
	 */
	public List<String> speechHints() {
		Set<String> hints = new LinkedHashSet<>();
		try {
			hints.add(this.desk.clinics().clinic().name());
			for (Provider provider : this.desk.providers().findAll()) {
				if (provider.active()) {
					hints.add(provider.name());
					hints.add(SpokenForms.provider(provider.name()));
				}
			}
			for (AppointmentType type : this.desk.appointmentTypes().findAll()) {
				hints.add(type.name());
				hints.addAll(type.synonyms());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Speech hints unavailable: {}", describe(ex));
		}
		return List.copyOf(hints);
	}

	private Reply onSilence(CallSession session) {
		Conversation conversation = session.conversation().withSilences(session.conversation().silences() + 1);
		session.conversation(conversation);
		if (conversation.stage() == DialogueStage.ANYTHING_ELSE) {
			return this.replies.goodbye(session);
		}
		if (conversation.silences() == 1) {
			return this.replies.repeat(session, "Sorry, I didn't hear anything. ");
		}
		if (conversation.silences() == 2) {
			session.conversation(conversation.withHandoffOffered(true));
			return new Reply("I still can't hear you. " + this.replies.handoffOffer(), Reply.Action.LISTEN,
					Expectation.CONFIRMATION, null);
		}
		Replies.end(session, CallOutcome.ABANDONED);
		return Reply.hangUp("I'm sorry, I can't hear you. Please call us back any time. Goodbye.");
	}

	private Reply onSpeech(CallSession session, String text) {
		Conversation before = session.conversation();
		session.conversation(before.withSilences(0).withHandoffOffered(false));
		Expectation expect = before.handoffOffered() ? Expectation.CONFIRMATION : before.lastExpect();
		Extraction heard = this.extractor
			.extract(new ExtractionRequest(text, this.time.now(), this.time.zone(), expect, this.vocabulary.current()));
		String said = ((heard.normalizedText() != null) ? heard.normalizedText() : text).toLowerCase(Locale.ROOT);
		String raw = text.toLowerCase(Locale.ROOT);
		Reply reply = understand(session, heard, said, raw, before.handoffOffered());
		if (session.conversation().failures() == before.failures()) {
			session.conversation(session.conversation().withFailures(0));
		}
		return reply;
	}

	private Reply understand(CallSession session, Extraction heard, String said, String raw, boolean handoffOffered) {
		if (handoffOffered && !Readings.hasRequest(heard)) {
			if (heard.intent() == Intent.CONFIRM) {
				return this.replies.handoff(session, "Of course. ");
			}
			if (heard.intent() == Intent.DENY) {
				return this.replies.repeat(session, "Okay. ");
			}
		}
		Reply emergency = this.stages.emergencies()
			.respond(session, heard, CallerPhrases.isEmergency(raw) || CallerPhrases.isEmergency(said));
		if (emergency != null) {
			return emergency;
		}
		DialogueStage stage = session.conversation().stage();
		boolean ofTheOffers = asksOfTheOffers(stage, said);
		if (heard.intent() == Intent.HUMAN && !ofTheOffers) {
			return this.replies.handoff(session, "Of course. ");
		}
		boolean opening = stage == DialogueStage.INTENT || stage == DialogueStage.ANYTHING_ELSE;
		if (opening && CallerPhrases.asksOwnAppointment(said) && heard.intent() != Intent.RESCHEDULE
				&& heard.intent() != Intent.CANCEL) {
			return this.stages.lookup().tell(session);
		}
		// a question about the clinic is answered at any stage, then the call goes on
		Reply answered = this.stages.answers()
			.respond(session, heard, raw, () -> this.stages.answer(stage, session, heard, said));
		if (answered != null) {
			return answered;
		}
		if (stage == DialogueStage.ANYTHING_ELSE) {
			return this.stages.answer(stage, session, heard, said);
		}
		if (CallerPhrases.isGoodbye(said)) {
			return this.replies.goodbye(session);
		}
		if (session.request().is(Intent.BOOK) && !ofTheOffers && heard.intent() == Intent.RESCHEDULE
				&& !ChangeOfMind.speaksOfBookedAppointment(said)) {
			// "can we change the time": another time for the booking in hand, not a move
			return this.stages.answer(stage, session, ChangeOfMind.asDenial(heard), said);
		}
		if (session.request().is(Intent.BOOK) && !ofTheOffers
				&& (heard.intent() == Intent.RESCHEDULE || heard.intent() == Intent.CANCEL)) {
			// a booking turned into a move or a cancellation: start that request afresh
			session.forgetRequest();
			return this.stages.answer(DialogueStage.INTENT, session, heard, said);
		}
		return this.stages.answer(stage, session, heard, said);
	}

	/**
	 * "Someone else" or "a different day" while times are on the table asks something of
	 * the next times, not for a person on the phone or a move of another appointment.
	 */
	private static boolean asksOfTheOffers(DialogueStage stage, String said) {
		return (stage == DialogueStage.OFFER || stage == DialogueStage.CONFIRM_SLOT) && OfferConstraints.any(said);
	}

	/**
	 * The way out when something behind the dialogue failed: a person if one is there,
	 * otherwise a message. Nothing here may throw.
	 */
	private Reply safePath(CallSession session, String apology) {
		Replies.end(session, CallOutcome.FAILED);
		try {
			Clinic clinic = this.desk.clinics().clinic();
			if (clinic.transferNumber() != null && this.time.isOpenNow()) {
				return Reply.transfer(apology + "Let me put you through to our front desk.", clinic.transferNumber());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: no transfer possible: {}", session.getCallSid(), describe(ex));
		}
		return Reply.takeMessage(apology + "Please leave your name, your number, and a short message after the tone, "
				+ "and we'll call you back as soon as we can.");
	}

	/**
	 * The exception's type and message with anything that looks like a phone number
	 * masked, since database messages can quote the values of a failed statement.
	 */
	private static String describe(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? PhoneNumbers.maskWithin(ex.getMessage()) : "";
		return ex.getClass().getSimpleName() + ": " + message;
	}

}
