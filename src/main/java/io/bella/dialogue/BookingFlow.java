package io.bella.dialogue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingRuleException;
import io.bella.booking.BookingSource;
import io.bella.booking.NotFoundException;
import io.bella.booking.Patient;
import io.bella.booking.PatientBusyException;
import io.bella.booking.SlotUnavailableException;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.SlotFinder.Criteria;
import io.bella.dialogue.SlotFinder.Search;
import io.bella.extraction.Expectation;
import io.bella.extraction.Intent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks for whatever a booking or a move still needs, in order — the kind of visit, when,
 * a time among those offered, a yes, the name and the number — and then books, moves or
 * cancels. A caller who already has an appointment at the time chosen hears so and is
 * offered to move it, never booked twice.
 */
final class BookingFlow {

	static final String SLOT_TAKEN = "I'm sorry, that time was just taken. ";

	private static final String NO_LONGER_AVAILABLE = "I'm sorry, that time is no longer available. ";

	private static final Logger log = LoggerFactory.getLogger(BookingFlow.class);

	private final BookingDesk desk;

	private final SlotFinder slotFinder;

	private final ClinicTime time;

	private final Phrasebook phrasebook;

	private final Replies replies;

	private final IdentityMatcher identities;

	BookingFlow(BookingDesk desk, SlotFinder slotFinder, ClinicTime time, Phrasebook phrasebook, Replies replies,
			IdentityMatcher identities) {
		this.desk = desk;
		this.slotFinder = slotFinder;
		this.time = time;
		this.phrasebook = phrasebook;
		this.replies = replies;
		this.identities = identities;
	}

	/**
	 * Asks for the next thing the booking or move needs, or makes it once it has them
	 * all.
	 */
	Reply next(CallSession session, String preamble) {
		Offer offer = session.offer();
		boolean moving = session.request().is(Intent.RESCHEDULE);
		if (offer.chosen() == null) {
			return askWhatAndWhen(session, preamble);
		}
		if (!moving) {
			Optional<Appointment> existing = bookedThen(session, offer.chosen());
			if (existing.isPresent()) {
				return alreadyBooked(session, existing.get(), preamble);
			}
		}
		if (!offer.confirmed()) {
			String question = moving ? "Shall I move your appointment to that time?" : "Shall I book it?";
			return this.replies.ask(session, DialogueStage.CONFIRM_SLOT, preamble,
					"So that's " + this.phrasebook.slot(offer.chosen()) + ". " + question, Expectation.CONFIRMATION);
		}
		if (moving) {
			return reschedule(session, preamble);
		}
		this.identities.lookUpCaller(session);
		CallerIdentity identity = session.identity();
		if (identity.patientId() == null && identity.name() == null) {
			return this.replies.ask(session, DialogueStage.NAME, preamble,
					"May I have your first and last name, please?", Expectation.NAME);
		}
		if (identity.patientId() == null && !identity.phoneConfirmed()) {
			return askNumber(session, identity, preamble);
		}
		return book(session, preamble);
	}

	/**
	 * Searches for times near what the caller asked for and reads them out.
	 */
	Reply offerTimes(CallSession session, String preamble) {
		session.offer(session.offer().choose(null, false));
		Search search = this.slotFinder.find(Criteria.of(session), this.time.today(), this.time.zone());
		List<SlotOption> options = search.options();
		if (options.isEmpty()) {
			session.when(When.ANY);
			session.offer(session.offer().reoffered(List.of()));
			return this.replies.ask(session, DialogueStage.WHEN,
					preamble + "I'm sorry, I don't have any openings then. ", "What other day would work for you?",
					Expectation.DATE);
		}
		// what the caller turned down earlier in the call is not read out again
		session.offer(session.offer().reoffered(options));
		boolean afterTaken = SLOT_TAKEN.equals(preamble);
		String lead = switch (search.match()) {
			case EXACT -> "I have ";
			case NEAR -> (session.when().time() != null && !afterTaken) ? "I don't have that exact time, but I have "
					: "I have ";
			default -> (afterTaken ? "" : "I don't have anything open then. ")
					+ ((options.size() == 1) ? "The next opening is " : "The next openings are ");
		};
		if (options.size() == 1) {
			return this.replies.ask(session, DialogueStage.OFFER, preamble,
					lead + this.phrasebook.slot(options.get(0)) + ". Would that work?", Expectation.CONFIRMATION);
		}
		return this.replies.ask(session, DialogueStage.OFFER, preamble,
				lead + this.phrasebook.slots(options) + ". Which one works best for you?", Expectation.TIME);
	}

	/**
	 * Moving an appointment keeps its kind of visit, or its length when it has none.
	 */
	Reply startMoving(CallSession session, AppointmentOption target, String preamble) {
		session.existing(session.existing().withTarget(target.appointmentId()));
		Request request = session.request().withAppointmentType(target.appointmentTypeId());
		if (target.appointmentTypeId() == null) {
			request = request.withDuration((int) Duration.between(target.startsAt(), target.endsAt()).toMinutes());
		}
		session.request(request);
		session.offer(session.offer().withChosen(null));
		return next(session, preamble);
	}

	/**
	 * Cancels the appointment the caller confirmed.
	 */
	Reply cancel(CallSession session, AppointmentOption target) {
		try {
			Appointment cancelled = this.desk.bookings()
				.cancel(target.appointmentId(), "Cancelled by the patient by phone", BookingSource.VOICE);
			session.setOutcome(CallOutcome.CANCELLED);
			session.setAppointmentId(cancelled.id());
			log.info("Call {}: cancelled appointment {}", session.getCallSid(), cancelled.id());
			return this.replies.anythingElse(session,
					"Okay, your appointment on " + this.phrasebook.when(target.startsAt()) + " is cancelled. ");
		}
		catch (NotFoundException | BookingRuleException ex) {
			return this.replies.anythingElse(session, "It looks like that appointment was already cancelled. ");
		}
	}

	/**
	 * The appointment the caller, once known by caller ID or registration, already has at
	 * the chosen time, with any provider.
	 */
	private Optional<Appointment> bookedThen(CallSession session, SlotOption chosen) {
		this.identities.lookUpCaller(session);
		Long patientId = session.identity().patientId();
		return (patientId != null)
				? this.desk.bookings().bookedOverlapping(patientId, chosen.startsAt(), chosen.endsAt())
				: Optional.empty();
	}

	/**
	 * Says the caller already has an appointment then and offers to move it: a yes goes
	 * on as a move of that appointment, a no leaves it as it is.
	 */
	private Reply alreadyBooked(CallSession session, Appointment existing, String preamble) {
		AppointmentOption option = AppointmentLookup.option(existing);
		session.request(session.request().withIntent(Intent.RESCHEDULE));
		session.existing(new ExistingAppointments(List.of(option), option.appointmentId()));
		session.offer(Offer.NONE);
		session.when(When.ANY);
		log.info("Call {}: the caller already has appointment {} at that time", session.getCallSid(), existing.id());
		return this.replies.ask(
				session, DialogueStage.CONFIRM_APPOINTMENT, preamble, "You already have an appointment then: your "
						+ this.phrasebook.appointment(option) + ". Would you like to move it?",
				Expectation.CONFIRMATION);
	}

	private Reply askWhatAndWhen(CallSession session, String preamble) {
		Request request = session.request();
		if (request.is(Intent.BOOK) && request.appointmentTypeId() == null && request.durationMin() == null
				&& !request.serviceAsked()) {
			session.request(request.withServiceAsked());
			return this.replies.ask(session, DialogueStage.SERVICE, preamble, this.phrasebook.serviceQuestion(), null);
		}
		if (!session.when().isSaid()) {
			String question = request.is(Intent.RESCHEDULE) ? "When would you like to come in instead?"
					: "What day and time would suit you?";
			return this.replies.ask(session, DialogueStage.WHEN, preamble, question, Expectation.DATE);
		}
		return offerTimes(session, preamble);
	}

	private Reply askNumber(CallSession session, CallerIdentity identity, String preamble) {
		if (identity.phone() != null) {
			return this.replies.ask(session, DialogueStage.PHONE_READBACK, preamble,
					"I have " + SpokenForms.phone(identity.phone()) + ". Is that right?", Expectation.CONFIRMATION);
		}
		// asked only where a phrase is spoken: it reads the caller's opt-out from the
		// database
		Optional<String> callerPhone = IdentityMatcher.callerPhone(session);
		ConfirmationPhrases phrases = this.phrasebook.confirmations(callerPhone.orElse(null));
		if (callerPhone.isPresent()) {
			return this.replies.ask(session, DialogueStage.PHONE_SAME, preamble, phrases.sameNumberQuestion(),
					Expectation.CONFIRMATION);
		}
		return this.replies.ask(session, DialogueStage.PHONE, preamble, phrases.numberQuestion(), Expectation.PHONE);
	}

	private Reply book(CallSession session, String preamble) {
		SlotOption chosen = session.offer().chosen();
		CallerIdentity identity = session.identity();
		if (identity.patientId() == null) {
			Patient patient = this.desk.patients().register(identity.name(), identity.phone(), null);
			session.identity(identity.matched(patient.id(), patient.name()));
		}
		Request request = session.request();
		try {
			Appointment appointment = this.desk.bookings()
				.book(new BookingRequest(session.identity().patientId(), chosen.startsAt(),
						(request.appointmentTypeId() != null) ? null : durationOf(request), request.appointmentTypeId(),
						chosen.providerId(), "Booked by phone", BookingSource.VOICE));
			session.setOutcome(CallOutcome.BOOKED);
			session.setAppointmentId(appointment.id());
			log.info("Call {}: booked appointment {}", session.getCallSid(), appointment.id());
			return this.replies.anythingElse(session, preamble + "You're all set for " + this.phrasebook.slot(chosen)
					+ ". " + this.phrasebook.confirmations(textedTo(appointment)).afterChange());
		}
		catch (SlotUnavailableException ex) {
			return offerTimes(session, SLOT_TAKEN);
		}
		catch (PatientBusyException ex) {
			Optional<Appointment> existing = ex.existing().or(() -> bookedThen(session, chosen));
			return existing.isPresent() ? alreadyBooked(session, existing.get(), preamble)
					: offerTimes(session, NO_LONGER_AVAILABLE);
		}
		catch (BookingRuleException ex) {
			return offerTimes(session, NO_LONGER_AVAILABLE);
		}
	}

	private Reply reschedule(CallSession session, String preamble) {
		SlotOption chosen = session.offer().chosen();
		try {
			Appointment moved = this.desk.bookings()
				.reschedule(session.existing().targetId(), chosen.startsAt(), chosen.providerId(), BookingSource.VOICE);
			// moving what this call booked leaves it booked, at the new time
			boolean bookedInCall = session.getOutcome() == CallOutcome.BOOKED
					&& Long.valueOf(moved.id()).equals(session.getAppointmentId());
			session.setOutcome(bookedInCall ? CallOutcome.BOOKED : CallOutcome.RESCHEDULED);
			session.setAppointmentId(moved.id());
			log.info("Call {}: rescheduled appointment {}", session.getCallSid(), moved.id());
			return this.replies.anythingElse(session,
					preamble + "Done. Your appointment is now " + this.phrasebook.slot(chosen) + ". "
							+ this.phrasebook.confirmations(textedTo(moved)).afterChange());
		}
		catch (SlotUnavailableException ex) {
			return offerTimes(session, SLOT_TAKEN);
		}
		catch (PatientBusyException ex) {
			// another appointment of theirs is then: the move needs another time
			String other = ex.existing()
				.map((existing) -> "You already have another appointment then: your "
						+ this.phrasebook.appointment(AppointmentLookup.option(existing)) + ". ")
				.orElse("You already have another appointment then. ");
			session.when(When.ANY);
			session.offer(Offer.NONE);
			return this.replies.ask(session, DialogueStage.WHEN, preamble + other,
					"What other day or time would work for you?", Expectation.DATE);
		}
		catch (NotFoundException ex) {
			return this.replies.anythingElse(session, "I'm sorry, I can't find that appointment anymore. ");
		}
		catch (BookingRuleException ex) {
			if (ex.rule() == BookingRuleException.Rule.NOT_BOOKED) {
				return this.replies.anythingElse(session, "It looks like that appointment was already cancelled. ");
			}
			return offerTimes(session, NO_LONGER_AVAILABLE);
		}
	}

	/** The number the appointment's confirmation is texted to: its patient's. */
	private String textedTo(Appointment appointment) {
		return this.desk.patients().findById(appointment.patientId()).map(Patient::phone).orElse(null);
	}

	private static int durationOf(Request request) {
		return (request.durationMin() != null) ? request.durationMin() : 30;
	}

}
