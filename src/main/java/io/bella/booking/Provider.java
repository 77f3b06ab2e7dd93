package io.bella.booking;

/**
 * A person patients book time with (a dentist, a hygienist).
 *
 * @param id the provider's id
 * @param name the name as spoken and shown ("Dr. Sarah Ng")
 * @param active whether the provider takes new bookings
 * @param googleCalendarId the Google calendar of the provider's bookings and busy times,
 * or {@code null} for none
 */
public record Provider(long id, String name, boolean active, String googleCalendarId) {

	/**
	 * Whether the provider's busy times come from a Google calendar.
	 */
	public boolean hasCalendar() {
		return this.googleCalendarId != null;
	}

}
