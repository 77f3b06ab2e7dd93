package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Duration DAY = Duration.ofHours(24);

	static final Duration TWO_HOURS = Duration.ofHours(2);

	final ReminderSchedule schedule = new ReminderSchedule(List.of(DAY, TWO_HOURS), QuietHours.parse("21:00-08:00"));

	final ReminderSchedule noQuietHours = new ReminderSchedule(List.of(DAY, TWO_HOURS), QuietHours.NONE);

	@Test
	void dayBeforeReminderIsDueAtTheSameTimeTheDayBefore() {
		assertThat(this.schedule.due(toronto("2026-03-04T08:30"), DAY, TORONTO)).isEqualTo(toronto("2026-03-03T08:30"));
	}

	@Test
	void dayBeforeReminderDueInQuietHoursMovesToTheEveningBefore() {
		// 7:30 the day before is quiet: the last minute before quiet hours began
		assertThat(this.schedule.due(toronto("2026-03-04T07:30"), DAY, TORONTO)).isEqualTo(toronto("2026-03-02T20:59"));
		assertThat(this.schedule.due(toronto("2026-03-04T21:30"), DAY, TORONTO)).isEqualTo(toronto("2026-03-03T20:59"));
	}

	@Test
	void twoHourReminderCountsElapsedTimeAndLeavesQuietHoursEarlier() {
		assertThat(this.schedule.due(toronto("2026-03-04T11:00"), TWO_HOURS, TORONTO))
			.isEqualTo(toronto("2026-03-04T09:00"));
		assertThat(this.schedule.due(toronto("2026-03-04T10:00"), TWO_HOURS, TORONTO))
			.isEqualTo(toronto("2026-03-04T08:00"));
		assertThat(this.schedule.due(toronto("2026-03-04T09:59"), TWO_HOURS, TORONTO))
			.isEqualTo(toronto("2026-03-03T20:59"));
	}

	@Test
	void withoutQuietHoursNothingMoves() {
		assertThat(this.noQuietHours.due(toronto("2026-03-04T09:00"), TWO_HOURS, TORONTO))
			.isEqualTo(toronto("2026-03-04T07:00"));
		assertThat(this.noQuietHours.due(toronto("2026-03-04T07:30"), DAY, TORONTO))
			.isEqualTo(toronto("2026-03-03T07:30"));
		assertThat(this.noQuietHours.isQuiet(toronto("2026-03-04T03:00"), TORONTO)).isFalse();
	}

	@Test
	void springForwardDayBeforeKeepsTheWallClockTimeAcrossTheChange() {
		// clocks go from 2:00 to 3:00 on Sunday 8 March 2026: 24 h "before" is 23 h
		// elapsed
		Instant sunday = toronto("2026-03-08T10:00");
		Instant due = this.schedule.due(sunday, DAY, TORONTO);
		assertThat(due).isEqualTo(toronto("2026-03-07T10:00"));
		assertThat(Duration.between(due, sunday)).isEqualTo(Duration.ofHours(23));
		assertThat(this.schedule.due(toronto("2026-03-09T09:00"), DAY, TORONTO)).isEqualTo(toronto("2026-03-08T09:00"));
	}

	@Test
	void springForwardTwoHoursBeforeCountsElapsedTime() {
		// 3:30 EDT is 7:30Z; two elapsed hours before is 5:30Z, 0:30 EST
		assertThat(this.noQuietHours.due(toronto("2026-03-08T03:30"), TWO_HOURS, TORONTO))
			.isEqualTo(Instant.parse("2026-03-08T05:30:00Z"))
			.isEqualTo(toronto("2026-03-08T00:30"));
	}

	@Test
	void springForwardDayBeforeFallingInTheMissingHourMovesLater() {
		// 2:30 on 8 March does not exist; the day-before time is read as 3:30 EDT
		assertThat(this.noQuietHours.due(toronto("2026-03-09T02:30"), DAY, TORONTO))
			.isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
	}

	@Test
	void fallBackDayBeforeKeepsTheWallClockTimeAcrossTheChange() {
		// clocks go from 2:00 back to 1:00 on Sunday 1 November 2026: 25 h elapsed
		Instant sunday = toronto("2026-11-01T10:00");
		Instant due = this.schedule.due(sunday, DAY, TORONTO);
		assertThat(due).isEqualTo(toronto("2026-10-31T10:00"));
		assertThat(Duration.between(due, sunday)).isEqualTo(Duration.ofHours(25));
		assertThat(this.schedule.due(toronto("2026-11-02T09:00"), DAY, TORONTO)).isEqualTo(toronto("2026-11-01T09:00"));
	}

	@Test
	void fallBackTwoHoursBeforeCountsElapsedTime() {
		// 2:30 EST is 7:30Z; two elapsed hours before is 5:30Z, the first 1:30 (EDT)
		assertThat(this.noQuietHours.due(toronto("2026-11-01T02:30"), TWO_HOURS, TORONTO))
			.isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
	}

	@Test
	void fallBackQuietHoursBeganTheEveningBeforeInSummerTime() {
		// due 7:00 EST on 1 November; quiet hours began at 21:00 EDT on 31 October
		assertThat(this.schedule.due(toronto("2026-11-01T09:00"), TWO_HOURS, TORONTO))
			.isEqualTo(Instant.parse("2026-11-01T00:59:00Z"))
			.isEqualTo(toronto("2026-10-31T20:59"));
		assertThat(this.schedule.due(toronto("2026-11-02T07:30"), DAY, TORONTO)).isEqualTo(toronto("2026-10-31T20:59"));
	}

	@Test
	void quietHoursWrappingMidnightMoveToTheMinuteBeforeTheyBegan() {
		ReminderSchedule late = new ReminderSchedule(List.of(TWO_HOURS), QuietHours.parse("22:00-06:00"));
		assertThat(late.due(toronto("2026-03-05T01:30"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T21:59"));
		assertThat(late.due(toronto("2026-03-05T07:30"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T21:59"));
		assertThat(late.due(toronto("2026-03-05T08:00"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-05T06:00"));
		assertThat(late.due(toronto("2026-03-05T00:00"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T21:59"));
		assertThat(late.due(toronto("2026-03-04T23:59"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T21:59"));
	}

	@Test
	void quietHoursWithinOneDayMoveToTheMinuteBeforeTheyBegan() {
		ReminderSchedule lunch = new ReminderSchedule(List.of(TWO_HOURS), QuietHours.parse("12:00-13:00"));
		assertThat(lunch.due(toronto("2026-03-04T14:30"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T11:59"));
		assertThat(lunch.due(toronto("2026-03-04T15:00"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T13:00"));
		assertThat(lunch.due(toronto("2026-03-04T13:59"), TWO_HOURS, TORONTO)).isEqualTo(toronto("2026-03-04T11:59"));
	}

	@Test
	void dueReminderIsSentFromItsMinuteNotBefore() {
		Instant startsAt = toronto("2026-03-04T11:00");
		Instant booked = toronto("2026-03-01T10:00");
		assertThat(verdict(startsAt, booked, DAY, "2026-03-03T10:59")).isEqualTo(ReminderSchedule.Verdict.NOT_YET);
		assertThat(verdict(startsAt, booked, DAY, "2026-03-03T11:00")).isEqualTo(ReminderSchedule.Verdict.SEND);
		assertThat(verdict(startsAt, booked, TWO_HOURS, "2026-03-04T08:59"))
			.isEqualTo(ReminderSchedule.Verdict.NOT_YET);
		assertThat(verdict(startsAt, booked, TWO_HOURS, "2026-03-04T09:00")).isEqualTo(ReminderSchedule.Verdict.SEND);
	}

	@Test
	void appointmentBookedAfterTheDueTimeGetsNoReminder() {
		Instant startsAt = toronto("2026-03-04T11:00");
		assertThat(verdict(startsAt, toronto("2026-03-03T12:00"), DAY, "2026-03-03T12:01"))
			.isEqualTo(ReminderSchedule.Verdict.BOOKED_AFTER_DUE);
		assertThat(verdict(startsAt, toronto("2026-03-03T12:00"), TWO_HOURS, "2026-03-03T12:01"))
			.isEqualTo(ReminderSchedule.Verdict.NOT_YET);
		// booked at the due minute itself: still reminded
		assertThat(verdict(startsAt, toronto("2026-03-03T11:00"), DAY, "2026-03-03T11:00"))
			.isEqualTo(ReminderSchedule.Verdict.SEND);
	}

	@Test
	void reminderMovedEarlierBeforeTheBookingIsSkipped() {
		// booked at 21:30 for 9:00 the next day: the 2 h reminder would have been 20:59
		Instant startsAt = toronto("2026-03-04T09:00");
		assertThat(verdict(startsAt, toronto("2026-03-03T21:30"), TWO_HOURS, "2026-03-04T08:00"))
			.isEqualTo(ReminderSchedule.Verdict.BOOKED_AFTER_DUE);
		assertThat(verdict(startsAt, toronto("2026-03-03T20:30"), TWO_HOURS, "2026-03-03T20:59"))
			.isEqualTo(ReminderSchedule.Verdict.SEND);
	}

	@Test
	void reminderFoundAfterTheNextWasDueGivesWay() {
		Instant startsAt = toronto("2026-03-04T11:00");
		Instant booked = toronto("2026-03-01T10:00");
		assertThat(verdict(startsAt, booked, DAY, "2026-03-04T08:59")).isEqualTo(ReminderSchedule.Verdict.SEND);
		assertThat(verdict(startsAt, booked, DAY, "2026-03-04T09:00")).isEqualTo(ReminderSchedule.Verdict.LATE);
		assertThat(verdict(startsAt, booked, TWO_HOURS, "2026-03-04T10:59")).isEqualTo(ReminderSchedule.Verdict.SEND);
		assertThat(verdict(startsAt, booked, TWO_HOURS, "2026-03-04T11:00")).isEqualTo(ReminderSchedule.Verdict.LATE);
	}

	@Test
	void dueReminderFoundInQuietHoursWaitsForTheMorning() {
		ReminderSchedule dayBefore = new ReminderSchedule(List.of(DAY), QuietHours.parse("21:00-08:00"));
		Instant startsAt = toronto("2026-03-04T11:00");
		Instant booked = toronto("2026-03-01T10:00");
		assertThat(dayBefore.verdict(startsAt, booked, DAY, toronto("2026-03-03T22:00"), TORONTO))
			.isEqualTo(ReminderSchedule.Verdict.QUIET);
		assertThat(dayBefore.verdict(startsAt, booked, DAY, toronto("2026-03-04T08:00"), TORONTO))
			.isEqualTo(ReminderSchedule.Verdict.SEND);
		assertThat(dayBefore.verdict(startsAt, booked, DAY, toronto("2026-03-04T11:00"), TORONTO))
			.isEqualTo(ReminderSchedule.Verdict.LATE);
	}

	@Test
	void remindersMovedToTheSameMinuteSendOnlyTheNearer() {
		Duration ten = Duration.ofHours(10);
		Duration nine = Duration.ofHours(9);
		ReminderSchedule both = new ReminderSchedule(List.of(ten, nine), QuietHours.parse("21:00-08:00"));
		Instant startsAt = toronto("2026-03-04T08:30");
		Instant booked = toronto("2026-03-01T10:00");
		Instant evening = toronto("2026-03-03T20:59");
		assertThat(both.verdict(startsAt, booked, ten, evening, TORONTO)).isEqualTo(ReminderSchedule.Verdict.LATE);
		assertThat(both.verdict(startsAt, booked, nine, evening, TORONTO)).isEqualTo(ReminderSchedule.Verdict.SEND);
	}

	@Test
	void offsetsOfDaysAndHoursCountDaysOnTheCalendarAndHoursElapsed() {
		ReminderSchedule dayAndHalf = new ReminderSchedule(List.of(Duration.ofHours(36)), QuietHours.NONE);
		assertThat(dayAndHalf.due(toronto("2026-03-05T11:00"), Duration.ofHours(36), TORONTO))
			.isEqualTo(toronto("2026-03-03T23:00"));
		// 11:00 Monday 9 March: Sunday 11:00 on the calendar, then 12 elapsed hours back
		// across the change, 22:00 on Saturday
		assertThat(dayAndHalf.due(toronto("2026-03-09T11:00"), Duration.ofHours(36), TORONTO))
			.isEqualTo(toronto("2026-03-07T22:00"));
	}

	@Test
	void horizonCoversTheLongestOffsetMovedEarlier() {
		assertThat(this.schedule.horizon()).isEqualTo(Duration.ofHours(49));
		assertThat(new ReminderSchedule(List.of(), QuietHours.NONE).horizon()).isZero();
	}

	private ReminderSchedule.Verdict verdict(Instant startsAt, Instant booked, Duration offset, String now) {
		return this.schedule.verdict(startsAt, booked, offset, toronto(now), TORONTO);
	}

	static Instant toronto(String localDateTime) {
		return ZonedDateTime.of(LocalDateTime.parse(localDateTime), TORONTO).toInstant();
	}

}
