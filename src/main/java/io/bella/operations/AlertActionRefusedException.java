package io.bella.operations;

/**
 * An alert action that cannot be done: the alert does not exist, or its state does not
 * allow it (resolving a resolved alert). The message says which, in plain words.
 */
public class AlertActionRefusedException extends RuntimeException {

	public AlertActionRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
