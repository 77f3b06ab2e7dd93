package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When each reminder of an appointment is due, in the clinic's time zone. A whole number
 * of days counts on the clinic's calendar (24 h before a Monday 9:00 visit is Sunday
 * 9:00, also across a daylight-saving change); what is left over counts in elapsed time
 * (2 h before a 9:00 visit is 7:00). A reminder due in quiet hours moves earlier, to the
 * last minute before they began (20:59 for quiet hours from 21:00). Each reminder may go
 * from its due time until the next, shorter one is due (the last until the visit starts),
 * so that one found late, after downtime, gives way to the next.
 */
final class ReminderSchedule {

	// a due time moves earlier by less than a day for quiet hours, and by an hour at most
	// for a daylight-saving change
	private static final Duration LEAD = Duration.ofDays(1).plusHours(1);

	private final List<Duration> offsets;

	private final QuietHours quiet;

	/**
	 * @param offsets the reminders' offsets, longest first
	 * @param quiet when none is sent
	 */
	ReminderSchedule(List<Duration> offsets, QuietHours quiet) {
		this.offsets = List.copyOf(offsets);
		this.quiet = quiet;
	}

	List<Duration> offsets() {
		return this.offsets;
	}

	/**
	 * How far ahead of now an appointment may start and still have a reminder due: the
	 * window each scan looks at.
	 */
	Duration horizon() {
		return this.offsets.isEmpty() ? Duration.ZERO : this.offsets.get(0).plus(LEAD);
	}

	/**
	 * When the reminder with the offset is due for an appointment starting then.
	 */
	Instant due(Instant startsAt, Duration offset, ZoneId zone) {
		long days = offset.toDays();
		Instant nominal = startsAt.atZone(zone).minusDays(days).toInstant().minus(offset.minusDays(days));
		return beforeQuietHours(nominal, zone);
	}

	/**
	 * What to do now about the reminder with the offset.
	 * @param startsAt when the appointment starts
	 * @param bookedAt when it was booked or moved to that time
	 * @param offset which reminder
	 * @param now the time of the scan
	 * @param zone the clinic's time zone
	 * @return the verdict
	 */
	Verdict verdict(Instant startsAt, Instant bookedAt, Duration offset, Instant now, ZoneId zone) {
		Instant due = due(startsAt, offset, zone);
		if (bookedAt.isAfter(due)) {
			return Verdict.BOOKED_AFTER_DUE;
		}
		if (now.isBefore(due)) {
			return Verdict.NOT_YET;
		}
		if (!now.isBefore(sendBefore(startsAt, offset, zone))) {
			return Verdict.LATE;
		}
		return isQuiet(now, zone) ? Verdict.QUIET : Verdict.SEND;
	}

	boolean isQuiet(Instant instant, ZoneId zone) {
		return this.quiet.contains(instant.atZone(zone).toLocalTime());
	}

	// when the next, shorter reminder is due; the appointment's start after the last one
	private Instant sendBefore(Instant startsAt, Duration offset, ZoneId zone) {
		int next = this.offsets.indexOf(offset) + 1;
		if (next <= 0 || next >= this.offsets.size()) {
			return startsAt;
		}
		return due(startsAt, this.offsets.get(next), zone);
	}

	private Instant beforeQuietHours(Instant instant, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		if (!this.quiet.contains(local.toLocalTime())) {
			return instant;
		}
		// quiet hours began today, or yesterday when they wrap past midnight
		LocalDate began = local.toLocalTime().isBefore(this.quiet.from()) ? local.toLocalDate().minusDays(1)
				: local.toLocalDate();
		return ZonedDateTime.of(began, this.quiet.from(), zone).minusMinutes(1).toInstant();
	}

	/** What a scan does about one reminder of one appointment. */
	enum Verdict {

		/** Not due yet. */
		NOT_YET,

		/** Due: send it now. */
		SEND,

		/** Due, but the scan runs in quiet hours: a later scan sends it. */
		QUIET,

		/** Never: the appointment was booked, or moved to its time, after it was due. */
		BOOKED_AFTER_DUE,

		/**
		 * Never: the next reminder is due (or the visit started) before this one went.
		 */
		LATE

	}

}
