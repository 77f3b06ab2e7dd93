package io.bella.messaging;

import io.bella.booking.Appointment;

import org.springframework.stereotype.Component;

/**
 * Writes what Bella answers a patient's text, and the reasons of the callback requests a
 * text raises. No answer asks for STOP, CANCEL, YES or START: carriers and Twilio read
 * those as opt-out and opt-in words.
 */
@Component
class ReplyTexts {

	private final ConfirmationDetails details;

	ReplyTexts(ConfirmationDetails details) {
		this.details = details;
	}

	String confirmed(Appointment appointment) {
		ConfirmationMessages.Details about = this.details.of(appointment, appointment.providerId());
		return "%s: thank you, your %s with %s on %s is confirmed.".formatted(about.clinicName(), about.visit(),
				about.providerName(), ConfirmationMessages.when(appointment.startsAt(), about.zone()));
	}

	String noAppointment() {
		ConfirmationMessages.Details clinic = this.details.clinic();
		return "%s: we found no upcoming appointment for this number. Please call us at %s."
			.formatted(clinic.clinicName(), clinic.clinicPhone());
	}

	String reschedule() {
		ConfirmationMessages.Details clinic = this.details.clinic();
		return "%s: please call us at %s to choose a new time. We will also call you back."
			.formatted(clinic.clinicName(), clinic.clinicPhone());
	}

	String help() {
		ConfirmationMessages.Details clinic = this.details.clinic();
		return "%s: reply C to confirm or R to reschedule; call us at %s to cancel.".formatted(clinic.clinicName(),
				clinic.clinicPhone());
	}

	/** Why staff should call: the patient asked by text to move an appointment. */
	String rescheduleRequest(Appointment appointment) {
		if (appointment == null) {
			return "Asked by text (R) to reschedule; no upcoming appointment was found for this number.";
		}
		ConfirmationMessages.Details about = this.details.of(appointment, appointment.providerId());
		return "Asked by text (R) to reschedule their %s with %s on %s (appointment %d).".formatted(about.visit(),
				about.providerName(), ConfirmationMessages.when(appointment.startsAt(), about.zone()),
				appointment.id());
	}

	/** Why staff should read a text Bella could not act on. */
	String textForStaff(String body) {
		return "Text from the patient: " + body;
	}

}
