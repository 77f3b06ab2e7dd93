package io.bella.calendar;

/**
 * Connecting a Google account did not work; the message says why in words an
 * administrator can act on, and holds no token.
 */
public class GoogleConsentException extends RuntimeException {

	GoogleConsentException(String message) {
		super(message);
	}

}
