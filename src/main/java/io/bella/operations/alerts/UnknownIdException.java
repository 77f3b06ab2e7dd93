package io.bella.operations.alerts;

/**
 * Something asked for by id (an alert, a silence) does not exist; answered 404.
 */
public class UnknownIdException extends RuntimeException {

	public UnknownIdException(String kind, long id) {
		super("There is no " + kind + " " + id + ".");
	}

}
