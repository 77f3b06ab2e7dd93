package io.bella.operations.notifications;

/**
 * A channel did not take a notice. The message is safe to store and log: no secret (a
 * webhook URL, a password) and no full phone number.
 */
class NotificationFailedException extends RuntimeException {

	NotificationFailedException(String message) {
		super(message);
	}

}
