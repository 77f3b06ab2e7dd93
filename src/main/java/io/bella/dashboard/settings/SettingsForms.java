package io.bella.dashboard.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import io.bella.booking.StrandedAppointmentsException;
import io.bella.system.InvalidRequestException;

import org.springframework.ui.Model;

/**
 * Reading the settings forms' text fields into the values the set-up services check, and
 * the page for a setting that is not there.
 */
final class SettingsForms {

	private SettingsForms() {
	}

	/**
	 * A whole number as written, {@code null} when blank; one that is not a number is put
	 * in {@code errors} under its form field.
	 */
	static Integer integer(String field, String label, String written, Map<String, String> errors) {
		if (written == null || written.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(written.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, label + " must be a whole number, such as 30.");
			return null;
		}
	}

	/**
	 * A date as written ({@code YYYY-MM-DD}), {@code null} when blank.
	 * @throws InvalidRequestException when it is not a date
	 */
	static LocalDate date(String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(written.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("date", "must be a date written as YYYY-MM-DD, such as 2026-12-24");
		}
	}

	/**
	 * An id from a form's choice, {@code null} when blank.
	 * @throws InvalidRequestException when it is not a number
	 */
	static Long id(String field, String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(written.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(field, "is not one of the choices");
		}
	}

	/**
	 * Makes a change and answers where to go next; a refusal goes into the model's
	 * {@code errors} instead (one for booked appointments at {@code forceField}) and
	 * {@code null} is answered, for the form to be shown again.
	 */
	static String attempt(Model model, String forceField, Supplier<String> change) {
		try {
			return change.get();
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("errors", SettingsErrors.of(ex));
		}
		catch (StrandedAppointmentsException ex) {
			model.addAttribute("errors", SettingsErrors.of(ex, forceField));
		}
		return null;
	}

}
