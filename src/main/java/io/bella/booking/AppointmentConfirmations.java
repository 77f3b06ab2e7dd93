package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients confirming their appointments (by answering a text): which upcoming
 * appointments a number has, and marking one confirmed. A confirmed appointment shows
 * {@code confirmed_at} in the API; moving it clears that.
 */
@Service
public class AppointmentConfirmations {

	/** The most upcoming appointments {@link #upcoming} answers. */
	public static final int MOST_UPCOMING = 20;

	private final Appointments appointments;

	private final Clock clock;

	AppointmentConfirmations(Appointments appointments, Clock clock) {
		this.appointments = appointments;
		this.clock = clock;
	}

	/**
	 * The booked appointments of these patients that have not started yet, earliest
	 * first, at most {@value #MOST_UPCOMING}.
	 * @param patientIds the patients (those sharing a phone number, say)
	 * @return the appointments
	 */
	@Transactional(readOnly = true)
	public List<Appointment> upcoming(List<Long> patientIds) {
		return this.appointments.bookedAfter(patientIds, this.clock.instant(), MOST_UPCOMING);
	}

	/**
	 * Marks a booked appointment confirmed by its patient; confirming it again keeps the
	 * first time.
	 * @param id the appointment
	 * @return the appointment confirmed, empty when there is no such booked appointment
	 */
	@Transactional
	public Optional<Appointment> confirm(long id) {
		Instant now = this.clock.instant();
		return this.appointments.confirm(id, now) ? this.appointments.findById(id) : Optional.empty();
	}

}
