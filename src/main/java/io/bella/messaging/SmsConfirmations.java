package io.bella.messaging;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentCancelled;
import io.bella.booking.AppointmentRescheduled;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.system.PhoneNumberMask;

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

	private final Clinics clinics;

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final BookingService bookings;

	SmsConfirmations(ClaimedTexts texts, Clinics clinics, Patients patients, Providers providers,
			AppointmentTypes appointmentTypes, BookingService bookings) {
		this.texts = texts;
		this.clinics = clinics;
		this.patients = patients;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.bookings = bookings;
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
		send("appointment-booked:" + event.appointmentId(), event.appointmentId(), event.patientId(),
				(details) -> ConfirmationMessages.booked(details, event.startsAt()),
				details(appointment.get(), event.providerId()));
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
				event.appointmentId(), event.patientId(),
				(details) -> ConfirmationMessages.rescheduled(details, event.previousStartsAt(), event.startsAt()),
				details(appointment.get(), event.providerId()));
	}

	@ApplicationModuleListener(id = CANCELLED_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(AppointmentCancelled event) {
		if (!this.texts.enabled()) {
			return;
		}
		Appointment appointment = this.bookings.findById(event.appointmentId()).orElse(null);
		send("appointment-cancelled:" + event.appointmentId(), event.appointmentId(), event.patientId(),
				(details) -> ConfirmationMessages.cancelled(details, event.startsAt()),
				details(appointment, event.providerId()));
	}

	private void send(String effectKey, long appointmentId, long patientId, Text text,
			ConfirmationMessages.Details details) {
		Patient patient = this.patients.findById(patientId).orElse(null);
		if (patient == null || patient.phone() == null || patient.phone().isBlank()) {
			log.info("No SMS for appointment {}: the patient has no phone number", appointmentId);
			return;
		}
		SmsSender.Outcome outcome = this.texts.send(effectKey, patient.phone(), text.write(details));
		log.info("SMS for appointment {} to {}: {}", appointmentId, PhoneNumberMask.mask(patient.phone()), outcome);
	}

	private ConfirmationMessages.Details details(Appointment appointment, long providerId) {
		Clinic clinic = this.clinics.clinic();
		String visit = Optional.ofNullable(appointment)
			.map(Appointment::appointmentTypeId)
			.flatMap(this.appointmentTypes::findById)
			.map(AppointmentType::name)
			.map(String::toLowerCase)
			.orElse("appointment");
		String provider = this.providers.findById(providerId).map(Provider::name).orElse("your provider");
		return new ConfirmationMessages.Details(clinic.name(), clinic.timeZone(), clinic.phone(), visit, provider);
	}

	@FunctionalInterface
	private interface Text {

		String write(ConfirmationMessages.Details details);

	}

}
