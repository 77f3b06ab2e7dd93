package io.bella.calendar;

/**
 * Google no longer knows a sync token (410 Gone): the calendar must be read whole again.
 */
class SyncTokenExpiredException extends RuntimeException {

	SyncTokenExpiredException() {
		super("The sync token expired");
	}

}
