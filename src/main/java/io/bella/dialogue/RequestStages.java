package io.bella.dialogue;

import java.time.LocalDate;

import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages that hear what the caller wants: the request itself ({@code INTENT}), the
 * kind of visit ({@code SERVICE}), when ({@code WHEN}) and anything else after a request
 * is done ({@code ANYTHING_ELSE}).
 */
final class RequestStages {

	private final Readings readings;

	private final BookingFlow booking;

	private final AppointmentLookup lookup;

	private final Replies replies;

	private final Phrasebook phrasebook;

	private final ClinicTime time;

	RequestStages(Readings readings, BookingFlow booking, AppointmentLookup lookup, Replies replies,
			Phrasebook phrasebook, ClinicTime time) {
		this.readings = readings;
		this.booking = booking;
		this.lookup = lookup;
		this.replies = replies;
		this.phrasebook = phrasebook;
		this.time = time;
	}

	Reply onIntent(CallSession session, Extraction heard, String said) {
		Intent intent = heard.intent();
		if (intent == Intent.RESCHEDULE || intent == Intent.CANCEL) {
			session.request(session.request().withIntent(intent));
			this.readings.absorbWhen(session, heard);
			this.readings.absorbCaller(session, heard);
			return this.lookup.find(session, "");
		}
		if (intent == Intent.BOOK || ((Readings.hasRequest(heard) || !this.readings.mentionedProviders(said).isEmpty())
				&& intent != Intent.DENY)) {
			session.request(session.request().withIntent(Intent.BOOK));
			this.readings.absorbWhen(session, heard);
			this.readings.absorbService(session, heard);
			this.readings.absorbProvider(session, said);
			this.readings.absorbCaller(session, heard);
			return this.booking.next(session, (heard.name() != null && !CallerPhrases.isForSomeoneElse(said))
					? "Thanks, " + SpokenForms.firstName(session.identity().name()) + ". " : "Sure. ");
		}
		if (heard.name() != null) {
			this.readings.absorbCaller(session, heard);
			return this.replies.ask(session, DialogueStage.INTENT,
					"Hi " + SpokenForms.firstName(session.identity().name()) + ". ", "How can I help you today?", null);
		}
		if (intent == Intent.QUESTION && ClinicQuestions.asksSomething(said)) {
			return this.replies.offerStaff(session, "I'm sorry, I don't have an answer to that. ");
		}
		if (intent == Intent.QUESTION) {
			return this.replies.notUnderstood(session,
					"I can book, move or cancel an appointment, or put you through to our team. ",
					"What would you like to do?");
		}
		return this.replies.notUnderstood(session, "Sorry, I didn't quite catch that. ",
				"Would you like to book, move or cancel an appointment?");
	}

	Reply onService(CallSession session, Extraction heard, String said) {
		this.readings.absorbService(session, heard);
		this.readings.absorbProvider(session, said);
		this.readings.absorbWhen(session, heard);
		this.readings.absorbCaller(session, heard);
		Request request = session.request();
		if (request.appointmentTypeId() == null && request.durationMin() == null) {
			return this.replies.notUnderstood(session, "Sorry, I didn't catch that. ",
					this.phrasebook.serviceQuestion());
		}
		return this.booking.next(session, "");
	}

	Reply onWhen(CallSession session, Extraction heard, String said) {
		this.readings.absorbService(session, heard);
		this.readings.absorbProvider(session, said);
		this.readings.absorbCaller(session, heard);
		if (Readings.hasWhen(heard)) {
			this.readings.absorbWhen(session, heard);
			return this.booking.next(session, "");
		}
		if (CallerPhrases.meansAsSoonAsPossible(said) || heard.intent() == Intent.CONFIRM) {
			LocalDate today = this.time.today();
			session.when(session.when().between(today, today.plusDays(SlotFinder.SEARCH_DAYS - 1)));
			return this.booking.next(session, "");
		}
		return this.replies.notUnderstood(session, "Sorry, I didn't catch the day. ",
				"What day would you like to come in? For example, tomorrow morning, or next Tuesday.");
	}

	Reply onAnythingElse(CallSession session, Extraction heard, String said) {
		Intent intent = heard.intent();
		boolean newRequest = intent == Intent.BOOK || intent == Intent.RESCHEDULE || intent == Intent.CANCEL
				|| (Readings.hasRequest(heard) && intent != Intent.DENY);
		if (newRequest) {
			session.forgetRequest();
			session.conversation(session.conversation().at(DialogueStage.INTENT));
			return onIntent(session, heard, said);
		}
		if (intent == Intent.CONFIRM && !CallerPhrases.isDone(said)) {
			session.forgetRequest();
			return this.replies.ask(session, DialogueStage.INTENT, "Sure. ", "What can I help you with?", null);
		}
		if (intent == Intent.QUESTION) {
			return this.replies.offerStaff(session, "I'm sorry, I don't have an answer to that. ");
		}
		return this.replies.goodbye(session);
	}

}
