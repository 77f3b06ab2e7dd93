package io.bella.operations.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buckets are the clinic's local hours and days, across daylight-saving changes.
 */
class BucketsTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

	@Test
	void springForwardDayIsOneDayOf23HoursInToronto() {
		Buckets days = Buckets.of(midnight(2026, 3, 7, TORONTO), midnight(2026, 3, 10, TORONTO), TORONTO,
				Granularity.DAY);

		assertThat(days.size()).isEqualTo(3);
		assertThat(Duration.between(days.start(1), days.end(1))).isEqualTo(Duration.ofHours(23));
		assertThat(days.start(2)).isEqualTo(midnight(2026, 3, 9, TORONTO));
	}

	@Test
	void fallBackDayIsOneDayOf25HoursInToronto() {
		Buckets days = Buckets.of(midnight(2026, 11, 1, TORONTO), midnight(2026, 11, 2, TORONTO), TORONTO,
				Granularity.DAY);

		assertThat(days.size()).isEqualTo(1);
		assertThat(Duration.between(days.start(0), days.end(0))).isEqualTo(Duration.ofHours(25));
	}

	@Test
	void fallBackDayHas25HoursWithOneAmTwice() {
		Buckets hours = Buckets.of(midnight(2026, 11, 1, TORONTO), midnight(2026, 11, 2, TORONTO), TORONTO,
				Granularity.HOUR);

		assertThat(hours.size()).isEqualTo(25);
		assertThat(hours.start(1).atZone(TORONTO).getHour()).isEqualTo(1);
		assertThat(hours.start(2).atZone(TORONTO).getHour()).isEqualTo(1);
		assertThat(hours.start(3).atZone(TORONTO).getHour()).isEqualTo(2);
	}

	@Test
	void springForwardDayHas23HoursWithoutTwoAm() {
		Buckets hours = Buckets.of(midnight(2026, 3, 8, TORONTO), midnight(2026, 3, 9, TORONTO), TORONTO,
				Granularity.HOUR);

		assertThat(hours.size()).isEqualTo(23);
		assertThat(hours.starts()).extracting((start) -> start.atZone(TORONTO).getHour()).doesNotContain(2);
	}

	@Test
	void stJohnsHoursStartOnItsHalfHourOffsetAndItsDaysKeepTheirLength() {
		Buckets hours = Buckets.of(midnight(2026, 3, 8, ST_JOHNS), midnight(2026, 3, 9, ST_JOHNS), ST_JOHNS,
				Granularity.HOUR);
		Buckets days = Buckets.of(midnight(2026, 3, 8, ST_JOHNS), midnight(2026, 3, 9, ST_JOHNS), ST_JOHNS,
				Granularity.DAY);

		assertThat(hours.size()).isEqualTo(23);
		assertThat(hours.start(0).atZone(ST_JOHNS).getMinute()).isZero();
		assertThat(hours.start(0).toString()).endsWith(":30:00Z");
		assertThat(Duration.between(days.start(0), days.end(0))).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void indexOfFindsTheBucketHoldingAnInstant() {
		Buckets hours = Buckets.of(midnight(2026, 11, 1, TORONTO), midnight(2026, 11, 2, TORONTO), TORONTO,
				Granularity.HOUR);
		Instant secondOneAm = hours.start(2).plusSeconds(1800);

		assertThat(hours.indexOf(hours.start(0))).isZero();
		assertThat(hours.indexOf(secondOneAm)).isEqualTo(2);
		assertThat(hours.indexOf(hours.end(24).minusNanos(1))).isEqualTo(24);
		assertThat(hours.indexOf(hours.end(24))).isEqualTo(-1);
		assertThat(hours.indexOf(hours.start(0).minusNanos(1))).isEqualTo(-1);
	}

	@Test
	void firstBucketStartsAtTheLocalHourOrDayHoldingTheStart() {
		Instant from = ZonedDateTime.of(2026, 6, 3, 10, 45, 0, 0, TORONTO).toInstant();

		Buckets days = Buckets.of(from, from.plus(Duration.ofDays(2)), TORONTO, Granularity.DAY);
		Buckets hours = Buckets.of(from, from.plus(Duration.ofHours(2)), TORONTO, Granularity.HOUR);

		assertThat(days.start(0)).isEqualTo(midnight(2026, 6, 3, TORONTO));
		assertThat(days.size()).isEqualTo(3);
		assertThat(hours.start(0)).isEqualTo(ZonedDateTime.of(2026, 6, 3, 10, 0, 0, 0, TORONTO).toInstant());
		assertThat(hours.size()).isEqualTo(3);
	}

	static Instant midnight(int year, int month, int day, ZoneId zone) {
		return LocalDate.of(year, month, day).atStartOfDay(zone).toInstant();
	}

}
