package io.bella.calendar;

import java.time.OffsetDateTime;

/**
 * A claimed row of the outbox: an appointment to write, as it is now, to one calendar.
 *
 * @param id the row
 * @param appointmentId the appointment
 * @param calendarId the Google calendar written to
 * @param action the change that made it pending
 * @param revision the row's revision when claimed; marked done only if still so
 * @param attempts the attempts so far, this one included
 * @param claimedUntil the claim this writer took; the row is changed only while it holds
 */
record CalendarWrite(long id, long appointmentId, String calendarId, Action action, int revision, int attempts,
		OffsetDateTime claimedUntil) {

	/** The change that made a write pending. */
	enum Action {

		/** Booked: insert the event. */
		BOOKED,

		/** Moved: patch the event's times. */
		MOVED,

		/** Cancelled, or moved to another provider's calendar: delete the event. */
		CANCELLED,

		/** Edited or deleted in Google: write it back as Bella has it. */
		RESTORED

	}

}
