package io.bella.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.extraction.Expectation;
import io.bella.extraction.Intent;

/**
 * Finds the upcoming appointments a caller wants to move or cancel, under the caller ID
 * or under a number and a name the caller says, and reads back the one meant.
 */
final class AppointmentLookup {

	private final BookingService bookings;

	private final IdentityMatcher identities;

	private final ClinicTime time;

	private final Phrasebook phrasebook;

	private final Replies replies;

	AppointmentLookup(BookingService bookings, IdentityMatcher identities, ClinicTime time, Phrasebook phrasebook,
			Replies replies) {
		this.bookings = bookings;
		this.identities = identities;
		this.time = time;
		this.phrasebook = phrasebook;
		this.replies = replies;
	}

	/**
	 * Looks the caller's appointments up, asking first for whatever the look-up needs.
	 */
	Reply find(CallSession session, String preamble) {
		CallerIdentity identity = session.identity();
		Optional<String> callerPhone = IdentityMatcher.callerPhone(session);
		String phone = (identity.phone() != null) ? identity.phone() : callerPhone.orElse(null);
		if (phone == null) {
			return this.replies.ask(session, DialogueStage.LOOKUP_PHONE, preamble,
					"I can help with that. What phone number was the appointment booked under?", Expectation.PHONE);
		}
		boolean fromCallerId = callerPhone.isPresent() && phone.equals(callerPhone.get());
		if (!fromCallerId && !identity.nameHeard()) {
			// a number anyone can say does not open its appointments by itself
			return this.replies.ask(session, DialogueStage.LOOKUP_NAME, preamble,
					"And what is the first and last name of the patient?", Expectation.NAME);
		}
		List<Appointment> upcoming = upcoming(phone, identity.name(), fromCallerId);
		if (upcoming.isEmpty()) {
			if (!fromCallerId) {
				return notFoundUnderNameAndNumber(session, preamble);
			}
			return this.replies.ask(session, DialogueStage.LOOKUP_PHONE,
					preamble + "I can't find an upcoming appointment under the number you're calling from. ",
					"What phone number was it booked under?", Expectation.PHONE);
		}
		return found(session, upcoming, preamble);
	}

	/**
	 * "When is my appointment?": the upcoming appointments of the patients on the caller
	 * ID, read out, then what else. A number merely said opens nothing here; the front
	 * desk can look it up.
	 */
	Reply tell(CallSession session) {
		List<Appointment> upcoming = IdentityMatcher.callerPhone(session)
			.map((phone) -> upcoming(phone, session.identity().name(), true))
			.orElse(List.of());
		if (upcoming.isEmpty()) {
			return this.replies.offerStaff(session,
					"I can't find an upcoming appointment under the number you're calling from. ");
		}
		List<AppointmentOption> options = upcoming.stream().map(AppointmentLookup::option).toList();
		return this.replies.anythingElse(session, "You have " + this.phrasebook.appointments(options) + ". ");
	}

	private List<Appointment> upcoming(String phone, String name, boolean fromCallerId) {
		return this.identities.onNumber(phone, name, fromCallerId)
			.stream()
			.map(Patient::id)
			.flatMap((patientId) -> this.bookings.upcomingFor(patientId).stream())
			.filter(Appointment::isBooked)
			.sorted(Comparator.comparing(Appointment::startsAt))
			.limit(4)
			.toList();
	}

	/**
	 * Reads back the one appointment meant (the only one, or the only one on the day or
	 * of the kind of visit the caller named), or lists them to ask which.
	 */
	private Reply found(CallSession session, List<Appointment> upcoming, String preamble) {
		List<AppointmentOption> options = upcoming.stream().map(AppointmentLookup::option).toList();
		session.existing(session.existing().withOptions(options));
		Long typeId = session.request().appointmentTypeId();
		List<AppointmentOption> candidates = options.stream()
			.filter((option) -> typeId != null && typeId.equals(option.appointmentTypeId()))
			.toList();
		if (candidates.isEmpty()) {
			candidates = options;
		}
		if (session.when().date() != null) {
			List<AppointmentOption> onDate = candidates.stream()
				.filter((option) -> this.time.date(option.startsAt()).equals(session.when().date()))
				.toList();
			if (!onDate.isEmpty()) {
				candidates = onDate;
				if (session.request().is(Intent.RESCHEDULE)) {
					// the day named was the old appointment's, not the new one
					session.when(When.ANY);
				}
			}
		}
		if (candidates.size() == 1) {
			return confirm(session, candidates.get(0), preamble);
		}
		// "the first one" counts among the appointments read out
		session.existing(session.existing().withOptions(candidates));
		String verb = session.request().is(Intent.CANCEL) ? "cancel" : "move";
		return this.replies.ask(session, DialogueStage.WHICH_APPOINTMENT, preamble,
				"I see " + this.phrasebook.appointments(candidates) + ". Which one would you like to " + verb + "?",
				Expectation.DATE);
	}

	/**
	 * The appointment this call booked or moved, while it is still booked: what
	 * "actually, can we do Wednesday" or "cancel that" right after it speaks of.
	 */
	Optional<AppointmentOption> madeInCall(CallSession session) {
		CallOutcome outcome = session.getOutcome();
		if (session.getAppointmentId() == null || outcome != CallOutcome.BOOKED && outcome != CallOutcome.RESCHEDULED) {
			return Optional.empty();
		}
		return this.bookings.findById(session.getAppointmentId())
			.filter(Appointment::isBooked)
			.map(AppointmentLookup::option);
	}

	/**
	 * The appointment as the dialogue speaks of it.
	 */
	static AppointmentOption option(Appointment appointment) {
		return new AppointmentOption(appointment.id(), appointment.providerId(), appointment.appointmentTypeId(),
				appointment.startsAt(), appointment.endsAt());
	}

	/**
	 * Reads one appointment back for a yes before moving or cancelling it.
	 */
	Reply confirm(CallSession session, AppointmentOption option, String preamble) {
		session.existing(session.existing().withTarget(option.appointmentId()));
		String question = session.request().is(Intent.CANCEL) ? "Would you like me to cancel it?"
				: "Is that the one you'd like to move?";
		return this.replies.ask(session, DialogueStage.CONFIRM_APPOINTMENT, preamble,
				"I see your " + this.phrasebook.appointment(option) + ". " + question, Expectation.CONFIRMATION);
	}

	/**
	 * "Shall I cancel your checkup on …?": the yes asked for when the caller turned to a
	 * cancellation of an appointment already named in the call.
	 */
	Reply confirmCancel(CallSession session, AppointmentOption option, String preamble, String suffix) {
		session.existing(session.existing().withTarget(option.appointmentId()));
		return this.replies.ask(session, DialogueStage.CONFIRM_APPOINTMENT, preamble,
				"Shall I cancel your " + this.phrasebook.appointment(option) + suffix + "?", Expectation.CONFIRMATION);
	}

	/**
	 * The same answer whether the number is unknown, the name does not match it or the
	 * patient has nothing booked, so a stranger learns nothing about the number; a person
	 * at the front desk can check who is calling.
	 */
	private Reply notFoundUnderNameAndNumber(CallSession session, String preamble) {
		session.existing(ExistingAppointments.NONE);
		session.identity(session.identity().missed());
		String sorry = "I'm sorry, I can't find an appointment under that name and number. ";
		if (session.identity().misses() > 1) {
			// no more guesses at names and numbers: a person can check who is calling
			return this.replies.handoff(session, preamble + sorry);
		}
		session.conversation(session.conversation()
			.asked(DialogueStage.ANYTHING_ELSE, Replies.ANYTHING_ELSE, Expectation.CONFIRMATION)
			.withHandoffOffered(true));
		return new Reply(preamble + sorry + "Our front desk can help with that. " + this.replies.handoffOffer(),
				Reply.Action.LISTEN, Expectation.CONFIRMATION, null);
	}

}
