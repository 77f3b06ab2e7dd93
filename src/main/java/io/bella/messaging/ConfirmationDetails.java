package io.bella.messaging;

import java.time.ZoneId;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.system.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Resolves from the booking module what a confirmation text names: the clinic, its number
 * as a patient reads it, the visit and the provider.
 */
@Component
class ConfirmationDetails {

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final PhoneNumbers phoneNumbers;

	ConfirmationDetails(Clinics clinics, Providers providers, AppointmentTypes appointmentTypes,
			PhoneNumbers phoneNumbers) {
		this.clinics = clinics;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.phoneNumbers = phoneNumbers;
	}

	/**
	 * The clinic's time zone, in which texts name times.
	 */
	ZoneId zone() {
		return this.clinics.timeZone();
	}

	/**
	 * The details of a text about no appointment: the clinic's name and number.
	 */
	ConfirmationMessages.Details clinic() {
		Clinic clinic = this.clinics.clinic();
		return new ConfirmationMessages.Details(clinic.name(), clinic.timeZone(),
				this.phoneNumbers.readable(clinic.phone()), "appointment", null);
	}

	/**
	 * The details of a text about the appointment (which may be gone) with the provider.
	 */
	ConfirmationMessages.Details of(Appointment appointment, long providerId) {
		Clinic clinic = this.clinics.clinic();
		String visit = Optional.ofNullable(appointment)
			.map(Appointment::appointmentTypeId)
			.flatMap(this.appointmentTypes::findById)
			.map(AppointmentType::name)
			.map(String::toLowerCase)
			.orElse("appointment");
		String provider = this.providers.findById(providerId).map(Provider::name).orElse("your provider");
		return new ConfirmationMessages.Details(clinic.name(), clinic.timeZone(),
				this.phoneNumbers.readable(clinic.phone()), visit, provider);
	}

}
