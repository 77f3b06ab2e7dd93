package io.bella.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.bella.booking.AppointmentType;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.extraction.ActionWords;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages of a move or a cancellation: the number and name to look the appointment up
 * under ({@code LOOKUP_PHONE}, {@code LOOKUP_NAME}), which appointment
 * ({@code WHICH_APPOINTMENT}) and the yes to it ({@code CONFIRM_APPOINTMENT}).
 */
final class ChangeStages {

	/** "The other one", "a different one", "the wrong one". */
	private static final Pattern OTHER_ONE = Pattern.compile("\\b(other|different|wrong) (one|appointment)\\b");

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
		Extraction heard = OfferReferences.withoutStrayReadings(reading, said);
		List<AppointmentOption> options = session.existing().options();
		List<AppointmentOption> candidates = referenced(options, heard, said);
		if (candidates.size() == 1) {
			return chosen(session, candidates.get(0), said);
		}
		if (heard.intent() == Intent.DENY && candidates.isEmpty()) {
			return this.replies.anythingElse(session, "Okay, I'll leave your appointments as they are. ");
		}
		return this.replies.notUnderstood(session, "Sorry, which appointment? ",
				"You can say " + SpokenForms.ordinalChoices(options.size()) + ".");
	}

	/**
	 * A yes moves or cancels; so does a yes that names the action ("yes, cancel it"). A
	 * no that names another of the caller's appointments ("no, the other one", "no, the
	 * one on Friday") goes on with that one, and one that names the other action ("no,
	 * move it instead") switches to it. An unsure answer hears the question again, said
	 * plainly.
	 */
	Reply onConfirmAppointment(CallSession session, Extraction reading, String said) {
		AppointmentOption target = session.existing().target();
		if (target == null) {
			return this.lookup.find(session, "");
		}
		Extraction heard = OfferReferences.withoutStrayReadings(reading, said);
		Intent asked = session.request().intent();
		Intent named = ActionWords.named(said);
		Optional<AppointmentOption> other = otherThan(session, target, heard, said);
		if (other.isPresent()) {
			return chosen(session, other.get(), said);
		}
		if (named != null && named != asked) {
			session.request(session.request().withIntent(named));
			if (named == Intent.RESCHEDULE) {
				this.readings.absorbWhen(session, heard);
				return this.booking.startMoving(session, target, "Sure, let's move it. ");
			}
			return this.lookup.confirmCancel(session, target, "Okay. ", " instead");
		}
		boolean yes = heard.intent() == Intent.CONFIRM || heard.intent() == asked;
		if (asked == Intent.RESCHEDULE && (yes || Readings.hasWhen(heard) && heard.intent() != Intent.DENY)) {
			this.readings.absorbWhen(session, heard);
			return this.booking.startMoving(session, target, yes ? "Okay. " : "");
		}
		if (yes) {
			return this.booking.cancel(session, target);
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
		String verb = (asked == Intent.CANCEL) ? "cancel" : "move";
		return this.replies.notUnderstood(session, "Sorry, I didn't catch that. ",
				"Should I " + verb + " your " + this.phrasebook.appointment(target) + "? Please say yes or no.");
	}

	/**
	 * The appointment picked goes on to the move, or is read back for a yes to cancel it;
	 * a pick that names the other action ("the Friday one, cancel that") switches to it.
	 */
	private Reply chosen(CallSession session, AppointmentOption chosen, String said) {
		Intent named = ActionWords.named(said);
		if (named != null) {
			session.request(session.request().withIntent(named));
		}
		session.existing(session.existing().withTarget(chosen.appointmentId()));
		if (session.request().is(Intent.RESCHEDULE)) {
			return this.booking.startMoving(session, chosen, "Okay. ");
		}
		return this.lookup.confirm(session, chosen, "");
	}

	/**
	 * Another of the caller's appointments than the one read back, when the caller names
	 * it: by position, day, time or kind of visit, or as "the other one" when there are
	 * two.
	 */
	private Optional<AppointmentOption> otherThan(CallSession session, AppointmentOption target, Extraction heard,
			String said) {
		List<AppointmentOption> others = session.existing()
			.options()
			.stream()
			.filter((option) -> option.appointmentId() != target.appointmentId())
			.toList();
		boolean moving = session.request().is(Intent.RESCHEDULE);
		if (others.isEmpty() || heard.intent() == Intent.CONFIRM || moving && heard.intent() == Intent.RESCHEDULE) {
			// a day said with a yes to a move is the new day
			return Optional.empty();
		}
		if (others.size() == 1 && OTHER_ONE.matcher(said).find()) {
			return Optional.of(others.get(0));
		}
		List<AppointmentOption> all = session.existing().options();
		List<AppointmentOption> named = referenced(all, heard, said);
		if (named.size() == 1 && named.get(0).appointmentId() != target.appointmentId()) {
			return Optional.of(named.get(0));
		}
		if (heard.intent() == Intent.DENY && others.size() == 1 && refers(heard, said, all.size())
				&& !(moving && Readings.hasWhen(heard))) {
			// "no, the cleaning, not the checkup": a reference that is not the one read
			// back
			return Optional.of(others.get(0));
		}
		return Optional.empty();
	}

	/**
	 * The options the caller's words point at — by position, day, time or kind of visit —
	 * and none when the words point at none.
	 */
	private List<AppointmentOption> referenced(List<AppointmentOption> options, Extraction heard, String said) {
		if (!refers(heard, said, options.size())) {
			return List.of();
		}
		Integer ordinal = OfferReferences.ordinal(said, options.size());
		if (ordinal != null) {
			return List.of(options.get(ordinal));
		}
		Long typeId = (heard.service() != null)
				? this.readings.resolveType(heard.service()).map(AppointmentType::id).orElse(null) : null;
		return options.stream()
			.filter((option) -> heard.date() == null || this.time.date(option.startsAt()).equals(heard.date()))
			.filter((option) -> heard.time() == null || this.time.time(option.startsAt()).equals(heard.time()))
			.filter((option) -> typeId == null || typeId.equals(option.appointmentTypeId()))
			.toList();
	}

	private static boolean refers(Extraction heard, String said, int options) {
		return OfferReferences.ordinal(said, options) != null || heard.date() != null || heard.time() != null
				|| heard.service() != null;
	}

}
