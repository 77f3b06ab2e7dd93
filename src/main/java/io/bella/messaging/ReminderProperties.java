package io.bella.messaging;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When appointment reminders are texted (docs/reminders.md).
 *
 * @param offsets how long before the appointment each reminder is due
 * ({@code BELLA_REMINDER_OFFSETS}, such as {@code 24h,2h}); none turns reminders off
 * @param quietHours the clinic's hours in which none is sent
 * ({@code BELLA_REMINDER_QUIET_HOURS}, such as {@code 21:00-08:00}; empty for none)
 * @param scanInterval how often due reminders are looked for
 */
@ConfigurationProperties("bella.reminders")
record ReminderProperties(@DefaultValue("24h") List<Duration> offsets, @DefaultValue("21:00-08:00") String quietHours,
		@DefaultValue("1m") Duration scanInterval) {

	/**
	 * The longest offset: a week, which keeps the scanned window of appointments small.
	 */
	static final Duration LONGEST_OFFSET = Duration.ofDays(7);

	ReminderProperties {
		offsets = (offsets != null) ? offsets.stream().sorted(Comparator.reverseOrder()).distinct().toList()
				: List.of();
		for (Duration offset : offsets) {
			if (offset.toMinutes() < 1 || offset.compareTo(LONGEST_OFFSET) > 0
					|| !offset.equals(Duration.ofMinutes(offset.toMinutes()))) {
				throw new IllegalArgumentException(
						"bella.reminders.offsets must be whole minutes from 1m to 7d, such as 24h,2h, got " + offset);
			}
		}
		quietHours = (quietHours != null) ? quietHours : "";
		QuietHours.parse(quietHours);
		if (scanInterval == null || scanInterval.isNegative() || scanInterval.isZero()) {
			throw new IllegalArgumentException("bella.reminders.scan-interval must be above zero");
		}
	}

	QuietHours quiet() {
		return QuietHours.parse(this.quietHours);
	}

	boolean enabled() {
		return !this.offsets.isEmpty();
	}

}
