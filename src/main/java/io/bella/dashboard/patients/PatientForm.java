package io.bella.dashboard.patients;

import io.bella.booking.Patient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A patient as the create and edit forms send it, with the limits {@code /api/users}
 * sets; the booking module's {@code Patients} checks the rest (a name with a letter or
 * digit, a valid phone number).
 *
 * @param name full name
 * @param phone phone number in any common format
 * @param email optional e-mail address
 */
public record PatientForm(
		@NotBlank(message = "Enter the patient's name.") @Size(max = 200,
				message = "The name is longer than 200 characters.") String name,
		@NotBlank(message = "Enter a phone number.") @Size(max = 32,
				message = "The phone number is longer than 32 characters.") String phone,
		@Email(message = "The e-mail address is not valid.") @Size(max = 320,
				message = "The e-mail address is longer than 320 characters.") String email) {

	static PatientForm empty() {
		return new PatientForm("", "", "");
	}

	static PatientForm of(Patient patient) {
		return new PatientForm(patient.name(), patient.phone(), (patient.email() != null) ? patient.email() : "");
	}

}
