package io.bella.operations.alerts;

import java.util.Locale;

import io.bella.system.InvalidRequestException;

/**
 * Where an alert is in its lifecycle: firing until a person acknowledges it (which stops
 * the repeats) and until it is resolved, by its rule when the condition clears or by a
 * person.
 */
public enum AlertState {

	FIRING, ACKNOWLEDGED, RESOLVED;

	static AlertState parse(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(field, "must be one of FIRING, ACKNOWLEDGED, RESOLVED");
		}
	}

}
