package io.bella.dashboard.systempage;

import java.time.Duration;

/**
 * Ages and uptimes in words a person reads at a glance: the two largest units.
 */
final class Ages {

	private Ages() {
	}

	static String describe(Duration age) {
		Duration positive = age.isNegative() ? Duration.ZERO : age;
		long days = positive.toDays();
		int hours = positive.toHoursPart();
		int minutes = positive.toMinutesPart();
		if (days > 0) {
			return days + " d " + hours + " h";
		}
		if (hours > 0) {
			return hours + " h " + minutes + " min";
		}
		if (minutes > 0) {
			return minutes + " min " + positive.toSecondsPart() + " s";
		}
		return positive.toSecondsPart() + " s";
	}

}
