package io.bella.dialogue;

import java.util.List;

import io.bella.booking.AppointmentType;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages of a move or a cancellation: the number and name to look the appointment up
 * under ({@code LOOKUP_PHONE}, {@code LOOKUP_NAME}), which appointment
 * ({@code WHICH_APPOINTMENT}) and the yes to it ({@code CONFIRM_APPOINTMENT}).
 */
final class ChangeStages {

	private final Readings readings;

	private final AppointmentLookup lookup;

	private final BookingFlow booking;

	private final Replies replies;

	private final Phrasebook phrasebook;

	private final ClinicTime time;

	ChangeStages(Readings readings, AppointmentLookup lookup, BookingFlow booking, Replies replies,
			Phrasebook phrasebook, ClinicTime time) {
		this.readings = readings;
		this.lookup = lookup;
		this.booking = booking;
		this.replies = replies;
		this.phrasebook = phrasebook;
		this.time = time;
	}

	Reply onLookupPhone(CallSession session, Extraction heard, String said) {
		if (heard.phone() == null) {
			return this.replies.notUnderstood(session, "Sorry, I didn't get the number. ",
					"Could you say it again, one digit at a time?");
		}
		session.identity(session.identity().withPhone(heard.phone(), false));
		this.readings.absorbName(session, heard);
		return this.lookup.find(session, "");
	}

	Reply onLookupName(CallSession session, Extraction heard, String said) {
		this.readings.absorbPhone(session, heard);
		if (heard.name() == null || heard.name().isBlank()) {
			return this.replies.notUnderstood(session, "Sorry, I didn't catch the name. ",
					"Could you tell me the patient's first and last name?");
		}
		this.readings.absorbName(session, heard);
		return this.lookup.find(session, "Thank you. ");
	}

	Reply onWhichAppointment(CallSession session, Extraction reading, String said) {
		Extraction heard = CallerPhrases.withoutStrayReadings(reading, said);
		List<AppointmentOption> options = session.existing().options();
		Integer ordinal = CallerPhrases.ordinal(said, options.size());
		Long typeId = (ordinal == null && heard.service() != null)
				? this.readings.resolveType(heard.service()).map(AppointmentType::id).orElse(null) : null;
		boolean picked = ordinal != null || heard.date() != null || heard.time() != null || typeId != null;
		List<AppointmentOption> candidates = (ordinal != null) ? List.of(options.get(ordinal))
				: options.stream()
					.filter((option) -> heard.date() == null || this.time.date(option.startsAt()).equals(heard.date()))
					.filter((option) -> heard.time() == null || this.time.time(option.startsAt()).equals(heard.time()))
					.filter((option) -> typeId == null || typeId.equals(option.appointmentTypeId()))
					.toList();
		if (picked && candidates.size() == 1) {
			AppointmentOption chosen = candidates.get(0);
			session.existing(session.existing().withTarget(chosen.appointmentId()));
			if (session.request().is(Intent.RESCHEDULE)) {
				return this.booking.startMoving(session, chosen, "Okay. ");
			}
			return this.lookup.confirm(session, chosen, "");
		}
		if (heard.intent() == Intent.DENY && !picked) {
			return this.replies.anythingElse(session, "Okay, I'll leave your appointments as they are. ");
		}
		return this.replies.notUnderstood(session, "Sorry, which appointment? ",
				"You can say " + SpokenForms.ordinalChoices(options.size()) + ".");
	}

	Reply onConfirmAppointment(CallSession session, Extraction heard, String said) {
		AppointmentOption target = session.existing().target();
		if (target == null) {
			return this.lookup.find(session, "");
		}
		boolean moving = session.request().is(Intent.RESCHEDULE);
		if (moving && Readings.hasWhen(heard) && heard.intent() != Intent.DENY) {
			this.readings.absorbWhen(session, heard);
			return this.booking.startMoving(session, target, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			if (session.request().is(Intent.CANCEL)) {
				return this.booking.cancel(session, target);
			}
			return this.booking.startMoving(session, target, "Okay. ");
		}
		if (heard.intent() == Intent.DENY) {
			session.existing(session.existing().withTarget(null));
			List<AppointmentOption> options = session.existing().options();
			if (options.size() > 1) {
				return this.replies.ask(session, DialogueStage.WHICH_APPOINTMENT, "Okay. ",
						"Which appointment did you mean: " + this.phrasebook.appointments(options) + "?",
						Expectation.DATE);
			}
			return this.replies.anythingElse(session, "Okay, I'll leave it as it is. ");
		}
		return this.replies.notUnderstood(session, "Sorry, please say yes or no. ",
				session.conversation().lastPrompt());
	}

}
