package io.bella.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * What Bella does for a caller in an emergency: puts them through while the clinic is
 * open; out of hours gives the clinic's after-hours instructions (its
 * {@value ClinicQuestions#AFTER_HOURS} fact) and offers the earliest emergency visit,
 * which goes on as any booking does; a caller who does not want it, or a clinic without
 * an emergency visit, leaves a message.
 */
final class Emergencies {

	static final String LIFE_THREATENING = "If this is a life threatening emergency, please hang up and call 9 1 1. ";

	private final Clinics clinics;

	private final AppointmentTypes types;

	private final SlotFinder slots;

	private final ClinicTime time;

	private final Phrasebook phrasebook;

	private final Replies replies;

	Emergencies(BookingDesk desk, SlotFinder slots, ClinicTime time, Phrasebook phrasebook, Replies replies) {
		this.clinics = desk.clinics();
		this.types = desk.appointmentTypes();
		this.slots = slots;
		this.time = time;
		this.phrasebook = phrasebook;
		this.replies = replies;
	}

	/**
	 * The reply to an emergency the caller just described, or to their answer to the
	 * emergency visit offered; {@code null} when neither is the case.
	 * @param heard what the caller said
	 * @param described whether the turn describes an emergency
	 */
	Reply respond(CallSession session, Extraction heard, boolean described) {
		if (isOffered(session)) {
			boolean declined = session.conversation().stage() == DialogueStage.OFFER && heard.intent() == Intent.DENY
					&& !Readings.hasWhen(heard);
			return declined ? this.replies.handoff(session, "Okay. ") : null;
		}
		return described ? emergency(session) : null;
	}

	private Reply emergency(CallSession session) {
		Clinic clinic = this.clinics.clinic();
		if (clinic.transferNumber() != null && this.time.isOpenNow()) {
			Replies.end(session, CallOutcome.TRANSFERRED);
			return Reply.transfer("That sounds urgent. I'll put you through to our team right away.",
					clinic.transferNumber());
		}
		String instructions = "That sounds urgent. " + LIFE_THREATENING + afterHours(clinic);
		Optional<AppointmentType> type = emergencyType();
		Optional<SlotOption> earliest = type.flatMap((found) -> this.slots.earliest(found.id()));
		if (earliest.isEmpty()) {
			Replies.end(session, CallOutcome.MESSAGE_TAKEN);
			return Reply.takeMessage(instructions + "Otherwise, please leave your name, your number, and a short "
					+ "message after the tone, and we'll call you back as soon as we can.");
		}
		SlotOption slot = earliest.get();
		session.forgetRequest();
		session.request(Request.NONE.withIntent(Intent.BOOK).withAppointmentType(type.get().id()).withServiceAsked());
		session.when(When.ANY.onDate(this.time.date(slot.startsAt())));
		session.offer(Offer.of(List.of(slot)));
		return this.replies.ask(session, DialogueStage.OFFER, instructions, "The earliest emergency visit I have is "
				+ this.phrasebook.slot(slot) + ". Would you like me to book it?", Expectation.CONFIRMATION);
	}

	/**
	 * Whether the emergency visit is what the call is booking.
	 */
	private boolean isOffered(CallSession session) {
		Long typeId = session.request().appointmentTypeId();
		return session.request().is(Intent.BOOK) && typeId != null
				&& emergencyType().map((type) -> type.id() == typeId).orElse(false);
	}

	/**
	 * The kind of visit for emergencies: named, or known by a synonym, as one.
	 */
	private Optional<AppointmentType> emergencyType() {
		return this.types.findAll()
			.stream()
			.filter((type) -> CallerPhrases.isEmergency(type.name().toLowerCase(Locale.ROOT)) || type.synonyms()
				.stream()
				.anyMatch((synonym) -> CallerPhrases.isEmergency(synonym.toLowerCase(Locale.ROOT))))
			.findFirst();
	}

	private static String afterHours(Clinic clinic) {
		return clinic.facts()
			.entrySet()
			.stream()
			.filter((fact) -> fact.getKey().strip().replace(' ', '_').equalsIgnoreCase(ClinicQuestions.AFTER_HOURS))
			.map((fact) -> fact.getValue().strip())
			.map((text) -> (text.endsWith(".") ? text : text + ".") + " ")
			.findFirst()
			.orElse("");
	}

}
