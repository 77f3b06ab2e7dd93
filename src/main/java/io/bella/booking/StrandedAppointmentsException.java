package io.bella.booking;

import java.time.ZoneId;
import java.util.List;

/**
 * A set-up change would leave booked appointments outside what the clinic offers; nothing
 * was changed.
 */
public class StrandedAppointmentsException extends RuntimeException {

	private final List<StrandedAppointment> appointments;

	private final ZoneId zone;

	StrandedAppointmentsException(List<StrandedAppointment> appointments, ZoneId zone) {
		super(appointments.size() + ((appointments.size() == 1) ? " booked appointment" : " booked appointments")
				+ " would no longer fit the schedule; move or cancel " + ((appointments.size() == 1) ? "it" : "them")
				+ " first, or repeat the change with force=true to keep them as they are.");
		this.appointments = List.copyOf(appointments);
		this.zone = zone;
	}

	/**
	 * The clinic's zone, in which the appointments' times are shown.
	 */
	public ZoneId zone() {
		return this.zone;
	}

	public List<StrandedAppointment> appointments() {
		return this.appointments;
	}

}
