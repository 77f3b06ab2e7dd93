package io.bella.calendar;

/**
 * A calendar could not be read now (Google down or unreachable, or the breaker open); a
 * later attempt may succeed.
 */
public class CalendarUnavailableException extends RuntimeException {

	CalendarUnavailableException(String message) {
		super(message);
	}

}
