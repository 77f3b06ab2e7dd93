package io.bella.dialogue;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import io.bella.extraction.Extraction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The handler of every {@link DialogueStage}, wired once with what they share: the
 * clinic's time, its phrasebook, the replies, the readings of what callers say, the
 * booking flow and the look-up of existing appointments.
 */
@Component
class Stages {

	private final ClinicTime time;

	private final Replies replies;

	private final ClinicAnswers answers;

	private final Emergencies emergencies;

	private final AppointmentLookup lookup;

	private final Map<DialogueStage, Stage> handlers = new EnumMap<>(DialogueStage.class);

	Stages(BookingDesk desk, SlotFinder slotFinder, Clock clock, ObjectProvider<ConfirmationPhrases> phrases) {
		// without a bean from the module that sends texts, Bella promises no text
		TextPromises confirmations = new TextPromises(phrases.getIfAvailable(() -> ConfirmationPhrases.of(false)),
				desk.optOuts());
		this.time = new ClinicTime(desk.clinics(), clock);
		this.replies = new Replies(desk.clinics(), this.time);
		Phrasebook phrasebook = new Phrasebook(desk.providers(), desk.appointmentTypes(), this.time, confirmations);
		Readings readings = new Readings(desk.providers(), desk.appointmentTypes());
		IdentityMatcher identities = new IdentityMatcher(desk.patients());
		BookingFlow booking = new BookingFlow(desk, slotFinder, this.time, phrasebook, this.replies, identities);
		AppointmentLookup lookup = new AppointmentLookup(desk.bookings(), identities, this.time, phrasebook,
				this.replies);
		this.lookup = lookup;
		this.answers = new ClinicAnswers(desk.clinics(), new ClinicHours(desk.clinics(), this.time), this.replies);
		this.emergencies = new Emergencies(desk, slotFinder, this.time, phrasebook, this.replies);
		RequestStages requests = new RequestStages(readings, booking, lookup, this.replies, phrasebook, this.time);
		OfferStages offers = new OfferStages(readings, booking, this.replies, phrasebook, this.time);
		CallerStages callers = new CallerStages(readings, booking, this.replies, confirmations);
		ChangeStages changes = new ChangeStages(readings, lookup, booking, this.replies, phrasebook, this.time);
		this.handlers.put(DialogueStage.INTENT, requests::onIntent);
		this.handlers.put(DialogueStage.SERVICE, requests::onService);
		this.handlers.put(DialogueStage.WHEN, requests::onWhen);
		this.handlers.put(DialogueStage.OFFER, offers::onOffer);
		this.handlers.put(DialogueStage.CONFIRM_SLOT, offers::onConfirmSlot);
		this.handlers.put(DialogueStage.NAME, callers::onName);
		this.handlers.put(DialogueStage.PHONE_SAME, callers::onPhoneSame);
		this.handlers.put(DialogueStage.PHONE, callers::onPhone);
		this.handlers.put(DialogueStage.PHONE_READBACK, callers::onPhoneReadback);
		this.handlers.put(DialogueStage.LOOKUP_PHONE, changes::onLookupPhone);
		this.handlers.put(DialogueStage.LOOKUP_NAME, changes::onLookupName);
		this.handlers.put(DialogueStage.WHICH_APPOINTMENT, changes::onWhichAppointment);
		this.handlers.put(DialogueStage.CONFIRM_APPOINTMENT, changes::onConfirmAppointment);
		this.handlers.put(DialogueStage.ANYTHING_ELSE, requests::onAnythingElse);
		this.handlers.put(DialogueStage.ENDED,
				(session, heard, said) -> Reply.hangUp("Thank you for calling. Goodbye."));
	}

	ClinicTime time() {
		return this.time;
	}

	Replies replies() {
		return this.replies;
	}

	ClinicAnswers answers() {
		return this.answers;
	}

	Emergencies emergencies() {
		return this.emergencies;
	}

	AppointmentLookup lookup() {
		return this.lookup;
	}

	/**
	 * Reads the caller's answer as the given stage does.
	 */
	Reply answer(DialogueStage stage, CallSession session, Extraction heard, String said) {
		return this.handlers.get(stage).answer(session, heard, said);
	}

}
