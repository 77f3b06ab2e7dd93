package io.bella.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentConfirmations;
import io.bella.booking.Patient;
import io.bella.booking.Patients;

import org.springframework.stereotype.Component;

/**
 * Which appointment a patient's answer (C or R) is about. A number may belong to several
 * patients (a family) with several upcoming appointments, so the rule is: the appointment
 * the latest text Twilio took for this number was about (a reminder, a confirmation),
 * when it is still booked and ahead; otherwise the nearest booked appointment ahead of
 * any patient on the number.
 */
@Component
class TextedAppointments {

	private static final int RECENT_TEXTS = 20;

	private final Patients patients;

	private final AppointmentConfirmations confirmations;

	private final OutboundMessages claims;

	TextedAppointments(Patients patients, AppointmentConfirmations confirmations, OutboundMessages claims) {
		this.patients = patients;
		this.confirmations = confirmations;
		this.claims = claims;
	}

	/** The patients registered on a number, newest first. */
	List<Patient> patients(String number) {
		return this.patients.findAllByPhone(number);
	}

	/**
	 * The appointment an answer from the number is about, by the rule above.
	 * @param number the sender, E.164
	 * @param patients the patients on it
	 * @return empty when none of them has a booked appointment ahead
	 */
	Optional<Appointment> answeredBy(String number, List<Patient> patients) {
		List<Appointment> upcoming = this.confirmations.upcoming(patients.stream().map(Patient::id).toList());
		if (upcoming.isEmpty()) {
			return Optional.empty();
		}
		for (String effect : this.claims.recentEffects(number, RECENT_TEXTS)) {
			Long texted = SentTexts.appointmentId(effect);
			Optional<Appointment> match = upcoming.stream()
				.filter((appointment) -> Objects.equals(texted, appointment.id()))
				.findFirst();
			if (match.isPresent()) {
				return match;
			}
		}
		return Optional.of(upcoming.get(0));
	}

}
