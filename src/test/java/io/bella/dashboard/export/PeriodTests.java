package io.bella.dashboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Test
	void daysAreReadInTheClinicsTimeZoneWithTheLastDayIncluded() {
		Period period = Period.parse(Map.of("from", "2026-03-01", "to", "2026-03-08"));
		assertThat(period.error()).isNull();
		assertThat(period.start(TORONTO)).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
		assertThat(period.end(TORONTO)).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
		assertThat(period.fileSuffix()).isEqualTo("-2026-03-01-to-2026-03-08");
	}

	@Test
	void missingDaysLeaveThePeriodOpen() {
		Period period = Period.parse(Map.of());
		assertThat(period.start(TORONTO)).isNull();
		assertThat(period.end(TORONTO)).isNull();
		assertThat(period.fileSuffix()).isEmpty();
	}

	@Test
	void unreadableOrReversedDaysAreNamed() {
		assertThat(Period.parse(Map.of("from", "March 1st")).error()).contains("not a date");
		Period reversed = Period.parse(Map.of("from", "2026-03-08", "to", "2026-03-01"));
		assertThat(reversed.error()).contains("before the first day");
		assertThat(reversed.from()).isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(reversed.to()).isNull();
	}

}
