package io.bella.operations.alerts;

/**
 * A change an alert's state does not allow, such as resolving a resolved alert; answered
 * 409.
 */
public class AlertStateException extends RuntimeException {

	public AlertStateException(String message) {
		super(message);
	}

}
