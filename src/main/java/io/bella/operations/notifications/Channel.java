package io.bella.operations.notifications;

import java.util.Locale;

/**
 * A way of reaching people, and the circuit breaker its remote system is called behind.
 */
enum Channel {

	SLACK("slack"), EMAIL("email"), SMS("sms-alerts");

	private final String breaker;

	Channel(String breaker) {
		this.breaker = breaker;
	}

	/** As stored and written: {@code slack}, {@code email}, {@code sms}. */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	String breaker() {
		return this.breaker;
	}

	static Channel of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
