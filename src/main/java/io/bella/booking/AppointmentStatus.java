package io.bella.booking;

/**
 * Where an appointment stands. Only {@link #BOOKED} appointments hold time.
 */
public enum AppointmentStatus {

	BOOKED, CANCELLED, COMPLETED, NO_SHOW

}
