package io.bella.operations.status;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a component is doing, from all well to a person needed now. Declared from best to
 * worst, so that the worst of several is the greatest.
 */
public enum StatusLevel {

	/** All is well. */
	GREEN,

	/** Degraded, or not known: a fallback carries the load, or something needs a look. */
	YELLOW,

	/** Broken: calls fail or bookings are lost, or a person must act now. */
	RED;

	/** The worse of the two. */
	public StatusLevel worst(StatusLevel other) {
		return (other != null && other.compareTo(this) > 0) ? other : this;
	}

	/** {@code green}, {@code yellow} or {@code red}, as the API writes it. */
	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
