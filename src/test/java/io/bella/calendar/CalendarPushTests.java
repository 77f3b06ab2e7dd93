package io.bella.calendar;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarPushTests {

	@Test
	void failedWritesWaitThirtySecondsDoublingToFifteenMinutes() {
		assertThat(CalendarPush.backOff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(CalendarPush.backOff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(CalendarPush.backOff(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(CalendarPush.backOff(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(CalendarPush.backOff(6)).isEqualTo(Duration.ofMinutes(15));
		assertThat(CalendarPush.backOff(60)).isEqualTo(Duration.ofMinutes(15));
	}

}
