package io.bella.voice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the durations Twilio reports (a call's, a recording's) as whole seconds.
 */
public final class TwilioDurations {

	private static final Logger log = LoggerFactory.getLogger(TwilioDurations.class);

	private TwilioDurations() {
	}

	/**
	 * The seconds in {@code value}, or {@code null} when it is absent, negative or not a
	 * number; what is recorded is then kept without a duration.
	 * @param value the value as Twilio sent it
	 * @param name what the value is, for the log
	 */
	public static Integer seconds(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int seconds = Integer.parseInt(value.strip());
			return (seconds >= 0) ? seconds : null;
		}
		catch (NumberFormatException ex) {
			log.warn("{} is not a number of seconds; it is kept without it", name);
			return null;
		}
	}

}
