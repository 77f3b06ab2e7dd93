package io.bella.operations.alerts;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an alert was resolved: by its rule once the condition cleared ({@code auto}), or by
 * a person ({@code manual}).
 */
public enum Resolution {

	AUTO, MANUAL;

	/** As stored and as the API writes it: {@code auto}, {@code manual}. */
	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Resolution of(String value) {
		return (value != null) ? valueOf(value.toUpperCase(Locale.ROOT)) : null;
	}

}
