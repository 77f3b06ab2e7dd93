package io.bella.messaging;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReminderPropertiesTests {

	@Test
	void defaultsRemindADayBeforeOutsideNightHours() {
		ReminderProperties properties = bind(Map.of());

		assertThat(properties.offsets()).containsExactly(Duration.ofHours(24));
		assertThat(properties.quiet()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
		assertThat(properties.scanInterval()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.enabled()).isTrue();
	}

	@Test
	void offsetsAreReadAsCommaSeparatedDurationsLongestFirst() {
		ReminderProperties properties = bind(Map.of("bella.reminders.offsets", "2h, 24h,2h"));

		assertThat(properties.offsets()).containsExactly(Duration.ofHours(24), Duration.ofHours(2));
	}

	@Test
	void emptyOffsetsTurnRemindersOffAndEmptyQuietHoursMeanNone() {
		ReminderProperties properties = bind(Map.of("bella.reminders.offsets", "", "bella.reminders.quiet-hours", ""));

		assertThat(properties.enabled()).isFalse();
		assertThat(properties.quiet().none()).isTrue();
	}

	@Test
	void settingsBellaCannotUseAreRefusedNamingThem() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("bella.reminders.quiet-hours", "9pm to 8am")))
			.havingRootCause()
			.withMessageContaining("bella.reminders.quiet-hours must be two different times like 21:00-08:00");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("bella.reminders.quiet-hours", "08:00-08:00")));
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("bella.reminders.offsets", "30s")))
			.havingRootCause()
			.withMessageContaining("bella.reminders.offsets must be whole minutes from 1m to 7d");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("bella.reminders.offsets", "8d")));
	}

	@Test
	void quietHoursMayWrapMidnight() {
		QuietHours night = QuietHours.parse("21:00-08:00");
		assertThat(night.contains(LocalTime.of(21, 0))).isTrue();
		assertThat(night.contains(LocalTime.of(2, 0))).isTrue();
		assertThat(night.contains(LocalTime.of(8, 0))).isFalse();
		assertThat(night.contains(LocalTime.of(20, 59))).isFalse();
		QuietHours lunch = QuietHours.parse("12:00-13:00");
		assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
		assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
	}

	private static ReminderProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("bella.reminders",
				ReminderProperties.class);
	}

}
