package io.bella.system;

import java.util.Map;

/**
 * A request whose fields are wrong in a way bean validation cannot say (a bad time zone,
 * a range the wrong way round); answered with 400 naming the fields.
 */
public class InvalidRequestException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidRequestException(String field, String message) {
		this(Map.of(field, message));
	}

	public InvalidRequestException(Map<String, String> errors) {
		super(errors.toString());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

}
