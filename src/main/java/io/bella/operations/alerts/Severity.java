package io.bella.operations.alerts;

import java.util.Locale;

import io.bella.system.InvalidRequestException;

/**
 * How urgently an alert needs a person. Routing (which channels hear of it) and repeat
 * intervals are configured per severity.
 */
public enum Severity {

	/** A person is needed now: calls fail or bookings are lost. */
	CRITICAL,

	/** Something is broken and a fallback is carrying the load. */
	HIGH,

	/** Worth a look today. */
	MEDIUM,

	/** For the record; shown on the dashboard only. */
	LOW;

	/**
	 * The severity a client wrote, in any case.
	 * @param field the request field, for the error
	 * @param value what the client sent
	 * @return the severity
	 * @throws InvalidRequestException when it is none
	 */
	public static Severity parse(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidRequestException(field, "must be one of CRITICAL, HIGH, MEDIUM, LOW");
		}
	}

}
