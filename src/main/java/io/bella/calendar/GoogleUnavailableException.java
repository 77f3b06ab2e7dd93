package io.bella.calendar;

/**
 * Google could not be read now (down, unreachable, or the breaker open); a later attempt
 * may succeed.
 */
class GoogleUnavailableException extends RuntimeException {

	GoogleUnavailableException(String message) {
		super(message);
	}

}
