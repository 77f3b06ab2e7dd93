package io.bella.messaging;

import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentCancelled;
import io.bella.booking.AppointmentRescheduled;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.system.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Texts patients when their appointment is booked, moved or cancelled. Runs after the
 * booking commits, from the event publication registry: a text that could not be sent
 * stays an incomplete publication and is tried again ({@link IncompleteMessageRetries}).
 * Each text is claimed before it is sent ({@link ClaimedTexts}), so a publication
 * delivered again after a crash does not text the patient twice. No transaction is held
 * while Twilio is called.
 */
@Component
class SmsConfirmations {

	static final String BOOKED_LISTENER = "sms-confirmation-booked";

	static final String RESCHEDULED_LISTENER = "sms-confirmation-rescheduled";

	static final String CANCELLED_LISTENER = "sms-confirmation-cancelled";

	private static final Logger log = LoggerFactory.getLogger(SmsConfirmations.class);

	private final ClaimedTexts texts;

	private final Patients patients;

	private final BookingService bookings;

	private final ConfirmationDetails details;

	SmsConfirmations(ClaimedTexts texts, Patients patients, BookingService bookings, ConfirmationDetails details) {
		this.texts = texts;
		this.patients = patients;
		this.bookings = bookings;
		this.details = details;
	}

	@ApplicationModuleListener(id = BOOKED_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(AppointmentBooked event) {
		if (!this.texts.enabled()) {
			return;
		}
		Optional<Appointment> appointment = this.bookings.findById(event.appointmentId());
		// a retry after the appointment moved or was cancelled would confirm a time that
		// no
		// longer holds; the later event's own text says what does
		if (appointment.isEmpty() || !appointment.get().isBooked()
				|| !appointment.get().startsAt().equals(event.startsAt())) {
			log.info("Booking confirmation for appointment {} skipped: it has changed since", event.appointmentId());
			return;
		}
		// the appointment's patient now, who may be the one a duplicate was merged into
		send("appointment-booked:" + event.appointmentId(), event.appointmentId(), appointment.get().patientId(),
				(details) -> ConfirmationMessages.booked(details, event.startsAt()),
				this.details.of(appointment.get(), event.providerId()));
	}

	@ApplicationModuleListener(id = RESCHEDULED_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(AppointmentRescheduled event) {
		if (!this.texts.enabled()) {
			return;
		}
		Optional<Appointment> appointment = this.bookings.findById(event.appointmentId());
		if (appointment.isEmpty() || !appointment.get().isBooked()
				|| !appointment.get().startsAt().equals(event.startsAt())) {
			log.info("Reschedule confirmation for appointment {} skipped: it has changed since", event.appointmentId());
			return;
		}
		send("appointment-rescheduled:" + event.appointmentId() + ":" + event.startsAt().getEpochSecond(),
				event.appointmentId(), appointment.get().patientId(),
				(details) -> ConfirmationMessages.rescheduled(details, event.previousStartsAt(), event.startsAt()),
				this.details.of(appointment.get(), event.providerId()));
	}

	@ApplicationModuleListener(id = CANCELLED_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(AppointmentCancelled event) {
		if (!this.texts.enabled()) {
			return;
		}
		Appointment appointment = this.bookings.findById(event.appointmentId()).orElse(null);
		send("appointment-cancelled:" + event.appointmentId(), event.appointmentId(),
				(appointment != null) ? appointment.patientId() : event.patientId(),
				(details) -> ConfirmationMessages.cancelled(details, event.startsAt()),
				this.details.of(appointment, event.providerId()));
	}

	private void send(String effectKey, long appointmentId, long patientId, Text text,
			ConfirmationMessages.Details details) {
		Patient patient = this.patients.findById(patientId).orElse(null);
		if (patient == null || patient.phone() == null || patient.phone().isBlank()) {
			log.info("No SMS for appointment {}: the patient has no phone number", appointmentId);
			return;
		}
		SmsSender.Outcome outcome = this.texts.send(effectKey, patient.phone(), text.write(details));
		log.info("SMS for appointment {} to {}: {}", appointmentId, PhoneNumbers.mask(patient.phone()), outcome);
	}

	@FunctionalInterface
	private interface Text {

		String write(ConfirmationMessages.Details details);

	}

}
