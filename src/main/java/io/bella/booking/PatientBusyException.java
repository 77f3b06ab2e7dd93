package io.bella.booking;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The patient already has a booked appointment at that time (with any provider), and one
 * patient never holds two that overlap.
 */
public class PatientBusyException extends RuntimeException {

	private final transient Appointment existing;

	private final OffsetDateTime existingStartsAt;

	/**
	 * @param message what was refused and why
	 * @param existing the booked appointment in the way, or {@code null} when unknown
	 * @param zone the clinic's time zone, in which its start is given
	 */
	PatientBusyException(String message, Appointment existing, ZoneId zone) {
		super(message);
		this.existing = existing;
		this.existingStartsAt = (existing != null) ? ApiTimes.local(existing.startsAt(), zone) : null;
	}

	/**
	 * The refusal of a booking or a move ("Not booked.") because of this appointment.
	 */
	static PatientBusyException refusing(String refused, Appointment existing, ZoneId zone) {
		return new PatientBusyException(refused + " The patient already has appointment " + existing.id() + " at "
				+ ApiTimes.local(existing.startsAt(), zone) + ".", existing, zone);
	}

	/**
	 * The booked appointment in the way; empty when only the database's constraint saw it
	 * and it was not read.
	 */
	public Optional<Appointment> existing() {
		return Optional.ofNullable(this.existing);
	}

	/**
	 * When the appointment in the way starts, in the clinic's time zone; {@code null}
	 * when it is not known.
	 */
	OffsetDateTime existingStartsAt() {
		return this.existingStartsAt;
	}

}
