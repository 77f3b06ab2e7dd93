package io.bella.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import io.bella.booking.AppointmentType;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.extraction.ActionWords;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages that hear what the caller wants: the request itself ({@code INTENT}), the
 * kind of visit ({@code SERVICE}), when ({@code WHEN}) and anything else after a request
 * is done ({@code ANYTHING_ELSE}).
 */
final class RequestStages {

	/** The kind of visit booked when the caller's words name none the clinic books. */
	private static final String GENERAL_VISIT = "checkup";

	/** The length of a visit when the clinic books no {@link #GENERAL_VISIT}. */
	private static final int GENERAL_VISIT_MIN = 30;

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
			// the kind of visit named ("my cleaning") says which appointment
			this.readings.absorbService(session, heard);
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
			Request request = session.request();
			if (heard.service() != null && request.appointmentTypeId() == null && request.durationMin() == null) {
				// "a filling" at a clinic that books no fillings: its kinds of visit,
				// once
				session.request(request.withServiceAsked());
				return this.replies.ask(session, DialogueStage.SERVICE, "", this.phrasebook.serviceChoices(), null);
			}
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
			String choices = this.phrasebook.serviceChoices();
			if (!choices.equals(session.conversation().lastPrompt())) {
				return this.replies.notUnderstood(session, "Sorry, I didn't catch that. ", choices);
			}
			// the kinds of visit were named once: a second miss goes on with a general
			// visit
			Optional<AppointmentType> general = this.readings.resolveType(GENERAL_VISIT);
			session.request(general.map((type) -> request.withAppointmentType(type.id()))
				.orElseGet(() -> request.withDuration(GENERAL_VISIT_MIN)));
			return this.booking.next(session,
					"Let's book " + SpokenForms.visit(general.isPresent() ? GENERAL_VISIT : null)
							+ ", and you can tell us more when you come in. ");
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
		Optional<AppointmentOption> made = this.lookup.madeInCall(session);
		if (made.isPresent() && !ChangeOfMind.asksForAnother(said)) {
			Reply changed = changeOfMind(session, made.get(), heard, said);
			if (changed != null) {
				return changed;
			}
		}
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

	/**
	 * Right after a booking or a move, "actually Tuesday won't work, can we do
	 * Wednesday", "can I make that later" or "cancel that" speak of the appointment just
	 * made: it is moved (never left behind for a second one) or, after a yes, cancelled;
	 * its own day named again is a goodbye. {@code null} when the caller speaks of
	 * something else.
	 */
	private Reply changeOfMind(CallSession session, AppointmentOption made, Extraction heard, String said) {
		Intent named = ActionWords.named(said);
		boolean otherKind = heard.service() != null && this.readings.resolveType(heard.service())
			.map((type) -> !Long.valueOf(type.id()).equals(made.appointmentTypeId()))
			.orElse(false);
		if (otherKind) {
			return null;
		}
		boolean later = OfferConstraints.asksLater(said);
		boolean earlier = OfferConstraints.asksEarlier(said);
		boolean cancel = named == Intent.CANCEL;
		boolean move = !cancel && (named == Intent.RESCHEDULE || heard.intent() == Intent.RESCHEDULE
				|| ChangeOfMind.refusesIt(said) || later || earlier || otherWhen(made, heard));
		if (!cancel && !move) {
			boolean farewell = Readings.hasWhen(heard) && heard.intent() != Intent.BOOK
					&& heard.intent() != Intent.QUESTION;
			// "thanks, see you Tuesday" names the appointment's own day: no new request
			return farewell ? this.replies.goodbye(session) : null;
		}
		session.forgetRequest();
		session.request(Request.NONE.withIntent(move ? Intent.RESCHEDULE : Intent.CANCEL));
		session.existing(new ExistingAppointments(List.of(made), made.appointmentId()));
		if (!move) {
			return this.lookup.confirmCancel(session, made, "", "");
		}
		if (Readings.hasWhen(heard)) {
			this.readings.absorbWhen(session, heard);
		}
		else if (later || earlier) {
			LocalTime at = this.time.time(made.startsAt());
			session.when(When.ANY.onDate(this.time.date(made.startsAt()))
				.within(later ? at.plusMinutes(1) : null, later ? null : at));
		}
		return this.booking.startMoving(session, made, "No problem. ");
	}

	/**
	 * Whether the caller named a day or time other than the appointment's own ("thanks,
	 * see you Tuesday" names its own).
	 */
	private boolean otherWhen(AppointmentOption made, Extraction heard) {
		return heard.date() != null && !heard.date().equals(this.time.date(made.startsAt()))
				|| heard.time() != null && !heard.time().equals(this.time.time(made.startsAt()))
				|| heard.timeWindow() != null || heard.dateRange() != null;
	}

}
