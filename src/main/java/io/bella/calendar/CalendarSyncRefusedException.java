package io.bella.calendar;

/**
 * A calendar cannot be read as things are set up: the provider has no calendar id, Google
 * is not configured, or Google refuses the calendar. Trying again will not help.
 */
public class CalendarSyncRefusedException extends RuntimeException {

	CalendarSyncRefusedException(String message) {
		super(message);
	}

}
