package io.bella.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SupportedTimesTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Test
	void wallClockTimeNamesItsInstantInTheZone() {
		assertThat(SupportedTimes.instant("starts_at", LocalDateTime.parse("2026-03-06T10:00"), TORONTO))
			.isEqualTo(Instant.parse("2026-03-06T15:00:00Z"));
		assertThat(SupportedTimes.instant("starts_at", LocalDateTime.parse("2026-03-10T10:00"), TORONTO))
			.isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
	}

	@Test
	void wallClockTimeSkippedBySpringForwardIsRefused() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> SupportedTimes.instant("starts_at", LocalDateTime.parse("2026-03-08T02:30"), TORONTO))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("starts_at",
					"does not exist in America/Toronto (daylight-saving change); give the time with an offset"));
	}

	@Test
	void wallClockTimeRepeatedByFallBackIsRefused() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(
					() -> SupportedTimes.instant("reference_time", LocalDateTime.parse("2026-11-01T01:30"), TORONTO))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("reference_time",
					"happens twice in America/Toronto (daylight-saving change); give the time with an offset"));
	}

}
