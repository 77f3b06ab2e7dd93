package io.bella.booking;

/**
 * Through which channel an appointment was made or changed.
 */
public enum BookingSource {

	API, VOICE, DASHBOARD

}
