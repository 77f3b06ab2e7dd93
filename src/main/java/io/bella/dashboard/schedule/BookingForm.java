package io.bella.dashboard.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schedule's booking form as sent: the patient's name and phone number (any common
 * format), the appointment type, the provider (or any), the date and time of day in the
 * clinic's time zone, and notes.
 *
 * @param name the patient's name
 * @param phone the patient's phone number
 * @param type the appointment type's id
 * @param provider the provider's id, or {@code any}
 * @param date the date, {@code 2026-03-02}
 * @param time the time of day, {@code 09:30}
 * @param notes free text
 */
record BookingForm(String name, String phone, String type, String provider, String date, String time, String notes) {

	BookingForm {
		name = (name != null) ? name : "";
		phone = (phone != null) ? phone : "";
		type = (type != null) ? type : "";
		provider = (provider != null) ? provider : "";
		time = (time != null) ? time : "";
		notes = (notes != null) ? notes : "";
	}

	/** The same form, dated today when it has no date. */
	BookingForm orOn(LocalDate today) {
		return SlotChoice.hasText(this.date) ? this : new BookingForm(this.name, this.phone, this.type, this.provider,
				today.toString(), this.time, this.notes);
	}

	SlotChoice slot() {
		return new SlotChoice(this.date, this.time, this.provider);
	}

	Long typeId() {
		return SlotChoice.ids(this.type);
	}

	/**
	 * What must be corrected before booking, by field, in plain words.
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name.isBlank()) {
			problems.put("name", "Enter the patient's name.");
		}
		else if (this.name.strip().length() > 200) {
			problems.put("name", "The name may have at most 200 characters.");
		}
		if (this.phone.isBlank()) {
			problems.put("phone", "Enter the patient's phone number.");
		}
		if (typeId() == null) {
			problems.put("type", "Choose an appointment type.");
		}
		slot().check(problems);
		if (this.notes.length() > 2000) {
			problems.put("notes", "Notes may have at most 2,000 characters.");
		}
		return problems;
	}

}
